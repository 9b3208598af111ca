import { z } from 'zod';
import { IdSchema } from '../model/primitives';
import { LANGUAGES } from '../settings/settings';
import { PrintJobIdSchema, PrintLayoutSchema, type PrintRequest } from './printRequest';

/** Every print route's hash starts with this; the renderer shows such a hash as a bare document. */
export const PRINT_HASH_PREFIX = '#/print/';

/** What the print page needs: which deal, on what paper, in which language, whether a copy, and for which job. */
export const PrintRouteSchema = z
  .object({
    dealId: IdSchema,
    layout: PrintLayoutSchema,
    language: z.enum(LANGUAGES),
    copy: z.boolean(),
    /** Set when a print job waits for the page (Electron's print window, the browser's print tab). */
    job: PrintJobIdSchema.optional(),
  })
  .strict();
export type PrintRoute = z.infer<typeof PrintRouteSchema>;

export type ParsedPrintRoute = { ok: true; route: PrintRoute } | { ok: false; error: string };

/** Whether a location hash is a print route (and not a page of the workstation). */
export function isPrintHash(hash: string): boolean {
  return hash.startsWith(PRINT_HASH_PREFIX);
}

/** `#/print/confirmation/<dealId>?layout=a4&lang=zh-CN&copy=0&job=<uuid>` */
export function printRouteHash(route: PrintRoute): string {
  const query = [`layout=${route.layout}`, `lang=${route.language}`, `copy=${route.copy ? '1' : '0'}`];
  if (route.job !== undefined) query.push(`job=${encodeURIComponent(route.job)}`);
  return `${PRINT_HASH_PREFIX}confirmation/${encodeURIComponent(route.dealId)}?${query.join('&')}`;
}

/** The print route of a request, for the given job. */
export function printRouteOf(request: PrintRequest, job?: string): PrintRoute {
  return { dealId: request.dealId, layout: request.layout, language: request.language, copy: request.copy, ...(job === undefined ? {} : { job }) };
}

/**
 * Reads a print route from a location hash, validating every part: a hash typed or tampered
 * with gets an error naming the part, never a half-read route.
 */
export function parsePrintRoute(hash: string): ParsedPrintRoute {
  const match = /^#\/print\/confirmation\/([^/?]+)(?:\?(.*))?$/.exec(hash);
  if (match === null) return { ok: false, error: `"${hash}" is not a print route (#/print/confirmation/<deal id>?layout=…&lang=…&copy=…)` };
  const query = queryParameters(match[2] ?? '');
  const copy = query.get('copy');
  const parsed = PrintRouteSchema.safeParse({
    dealId: safeDecode(match[1]!),
    layout: query.get('layout'),
    language: query.get('lang'),
    copy: copy === '1' ? true : copy === '0' ? false : copy,
    ...(query.has('job') ? { job: query.get('job') } : {}),
  });
  if (parsed.success) return { ok: true, route: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'route'}: ${issue.message}`);
  return { ok: false, error: `print route ${hash}: ${problems.join('; ')}` };
}

/** `a=1&b=2` → Map; the first of a repeated name wins. (shared/ has no URLSearchParams type.) */
function queryParameters(query: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = safeDecode(equals < 0 ? pair : pair.slice(0, equals));
    if (!parameters.has(name)) parameters.set(name, safeDecode(equals < 0 ? '' : pair.slice(equals + 1)));
  }
  return parameters;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
