import { z } from 'zod';
import { IdSchema } from '../model/primitives';
import { LANGUAGES } from '../settings/settings';
import { PRINT_LAYOUTS, type PrintLayout } from './printLayouts';

export const PrintLayoutSchema = z.enum(PRINT_LAYOUTS as [PrintLayout, ...PrintLayout[]]);

/** How a confirmation leaves the workstation: the system print dialog, or a PDF file. */
export const PrintModeSchema = z.enum(['dialog', 'pdf']);
export type PrintMode = z.infer<typeof PrintModeSchema>;

/**
 * A request to print a deal's confirmation (channel `print.confirmation`). Only the deal's id
 * travels: the print page reads the deal and its parties from the same book itself.
 * `copy` marks a reprint (副本 COPY).
 */
export const PrintRequestSchema = z
  .object({
    dealId: IdSchema,
    layout: PrintLayoutSchema,
    mode: PrintModeSchema,
    language: z.enum(LANGUAGES),
    copy: z.boolean(),
  })
  .strict();
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

/** What became of it. A dialog or save dialog the broker cancelled is `cancelled`, not an error. */
export const PrintResultSchema = z
  .object({
    status: z.enum(['printed', 'saved', 'cancelled']),
    /** The PDF file written, with `saved`. */
    path: z.string().min(1).optional(),
  })
  .strict();
export type PrintResult = z.infer<typeof PrintResultSchema>;

/** How long a print page may take to read the deal and load its fonts before the job is given up. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

/** A print job's id, handed to the print page in its route and echoed back when it is ready. */
export const PrintJobIdSchema = z.uuid();

/**
 * The print page's answer for a job (channel `print.ready`): its document is laid out with the
 * fonts loaded (`ready`, with a name for the PDF file), or it could not be made (`failed`, with why).
 */
export const PrintReadySchema = z.discriminatedUnion('status', [
  z.object({ job: PrintJobIdSchema, status: z.literal('ready'), documentName: z.string().trim().min(1).max(120) }).strict(),
  z.object({ job: PrintJobIdSchema, status: z.literal('failed'), message: z.string().min(1).max(2000) }).strict(),
]);
export type PrintReady = z.infer<typeof PrintReadySchema>;
