import { z } from 'zod';
import { CATEGORY_CODES } from '../catalogue/categories';

/** Record ids are UUIDv7, generated on the laptop so records created offline never collide. */
export const IdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'not a UUIDv7 id');

/** Money in integer fen (分). 1 yuan = 100 fen. Never binary floating point. */
export const FenSchema = z.number().int('money must be whole fen').safe();
export const NonNegativeFenSchema = FenSchema.nonnegative();

/** Weight in integer kilograms. 1 tonne = 1000 kg. */
export const KgSchema = z.number().int('weight must be whole kilograms').nonnegative().safe();

/** Calendar date in the market's time zone, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();
/** Instant with an explicit offset, e.g. `2026-11-23T09:30:00+08:00`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const CategoryCodeSchema = z.enum(CATEGORY_CODES);

export const WeighingSchema = z.enum(['theoretical', 'weighed']);
export type Weighing = z.infer<typeof WeighingSchema>;

/**
 * A normalised spec (规格). `text` is the canonical notation shown to brokers (e.g. `Φ20*9m`,
 * `3.0*1500*C`); `dims` are the numbers in millimetres in the order the category defines
 * (see shared/catalogue). Dimensions are measurements, not money or weight, so plain numbers.
 */
export const SpecSchema = z.object({
  text: z.string().min(1),
  dims: z.array(z.number().nonnegative().finite()),
});
export type Spec = z.infer<typeof SpecSchema>;

export const NonEmptyText = z.string().trim().min(1, 'must not be empty');
