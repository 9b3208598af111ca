import { z } from 'zod';

/**
 * Sync bookkeeping stored beside every record's fields under `meta`:
 * `stamps` holds the hybrid logical clock stamp of the last write of each field,
 * `hlc` the newest of them, `deviceId` the device that made it, and `deleted` the tombstone
 * (1 = deleted; a number because IndexedDB cannot index booleans).
 */
export const RecordMetaSchema = z
  .object({
    stamps: z.record(z.string(), z.string()),
    hlc: z.string(),
    deviceId: z.string(),
    deleted: z.union([z.literal(0), z.literal(1)]),
  })
  .strict();
export type RecordMeta = z.infer<typeof RecordMetaSchema>;

/** A record as stored locally: its domain fields plus `meta`. */
export type Stored<T> = T & { meta: RecordMeta };
