import { z } from 'zod';
import {
  CategoryCodeSchema,
  FenSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  KgSchema,
  SpecSchema,
  WeighingSchema,
} from './primitives';

export const OfferStatusSchema = z.enum(['open', 'closed', 'expired']);

/**
 * One lot of supply (货源): a line of a seller's stock list. A pasted list becomes many offers
 * sharing a `listingId`. `availableKg` is what is left to sell; deals reduce it.
 */
export const OfferSchema = z
  .object({
    id: IdSchema,
    sellerId: IdSchema,
    listingId: IdSchema.optional(),
    category: CategoryCodeSchema,
    grade: z.string().min(1),
    spec: SpecSchema,
    brand: z.string().optional(),
    warehouse: z.string().optional(),
    city: z.string().optional(),
    availableKg: KgSchema,
    pieces: z.number().int().nonnegative().optional(),
    weighing: WeighingSchema,
    priceFenPerTon: FenSchema.positive(),
    taxIncluded: z.boolean(),
    validUntil: IsoDateSchema,
    status: OfferStatusSchema,
    postedAt: IsoDateTimeSchema,
    /** The original pasted line, kept so a broker can always see what the seller wrote. */
    sourceText: z.string().optional(),
  })
  .strict();
export type Offer = z.infer<typeof OfferSchema>;
