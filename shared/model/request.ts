import { z } from 'zod';
import {
  CategoryCodeSchema,
  FenSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  KgSchema,
  SpecSchema,
} from './primitives';
import { PaymentTermsSchema } from './terms';

/** How far a request line tolerates a different spec. Absent means exact. */
export const SpecToleranceSchema = z
  .object({
    /** Rebar: accept any of these lengths in metres (e.g. 9 and 12). */
    lengthsM: z.array(z.number().positive()).optional(),
    /** Coil/plate: accepted width range in mm. */
    widthMinMm: z.number().nonnegative().optional(),
    widthMaxMm: z.number().nonnegative().optional(),
    /** Plate/pipe: accepted thickness deviation in mm either side. */
    thicknessPlusMinusMm: z.number().nonnegative().optional(),
  })
  .strict();
export type SpecTolerance = z.infer<typeof SpecToleranceSchema>;

/** One thing a buyer asks for. `grades[0]` is the grade asked; more entries are accepted substitutes. */
export const RequestLineSchema = z
  .object({
    lineId: IdSchema,
    category: CategoryCodeSchema,
    grades: z.array(z.string().min(1)).min(1),
    spec: SpecSchema,
    tolerance: SpecToleranceSchema.optional(),
    brands: z.array(z.string()).optional(),
    deliveryCity: z.string().optional(),
    weightKg: KgSchema.positive(),
    targetPriceFenPerTon: FenSchema.positive().optional(),
    latestOn: IsoDateSchema.optional(),
    sourceText: z.string().optional(),
  })
  .strict();
export type RequestLine = z.infer<typeof RequestLineSchema>;

export const RequestStatusSchema = z.enum(['open', 'filled', 'closed']);

/** A buyer's request (求购). How much of each line is filled is derived from deals. */
export const BuyRequestSchema = z
  .object({
    id: IdSchema,
    buyerId: IdSchema,
    brokerId: z.string().min(1),
    receivedAt: IsoDateTimeSchema,
    lines: z.array(RequestLineSchema).min(1),
    payment: PaymentTermsSchema.optional(),
    status: RequestStatusSchema,
    note: z.string().optional(),
  })
  .strict();
export type BuyRequest = z.infer<typeof BuyRequestSchema>;
