import { z } from 'zod';
import { CategoryCodeSchema, FenSchema, IdSchema, IsoDateSchema, IsoDateTimeSchema, KgSchema, SpecSchema } from './primitives';

export const QuoteApprovalSchema = z.enum(['not_needed', 'pending', 'approved', 'rejected']);

/** A price quoted to a customer (报价) with the breakdown that produced it. */
export const QuoteSchema = z
  .object({
    id: IdSchema,
    customerId: IdSchema,
    brokerId: z.string().min(1),
    category: CategoryCodeSchema,
    grade: z.string().min(1),
    spec: SpecSchema,
    weightKg: KgSchema.positive(),
    priceFenPerTon: FenSchema.positive(),
    floorFenPerTon: FenSchema.positive(),
    breakdown: z.array(z.object({ label: z.string().min(1), fenPerTon: FenSchema }).strict()),
    approval: QuoteApprovalSchema,
    validUntil: IsoDateSchema,
    createdAt: IsoDateTimeSchema,
  })
  .strict();
export type Quote = z.infer<typeof QuoteSchema>;
