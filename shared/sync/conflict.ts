import { z } from 'zod';

/**
 * Why a value lost:
 * - `concurrent_write`: two devices wrote the field without seeing each other's value; the value
 *   with the older (clamped) HLC stamp lost, whichever arrived first.
 * - `update_on_deleted`: a field was written, by a device other than the deleter, after the
 *   record's tombstone (in HLC order). The value is kept in the tombstoned record and can be
 *   brought back by restoring the record; it is logged because nobody sees it any more.
 */
export const ConflictKindSchema = z.enum(['concurrent_write', 'update_on_deleted']);
export type ConflictKind = z.infer<typeof ConflictKindSchema>;

export const StampedValueSchema = z.object({ value: z.unknown(), stamp: z.string() }).strict();
export type StampedValue = z.infer<typeof StampedValueSchema>;

/**
 * One losing value. For `update_on_deleted`, `kept` is the tombstone (`meta.deleted` = 1 with the
 * delete's stamp) and `field` the hidden field.
 */
export const ConflictEntrySchema = z
  .object({
    field: z.string(),
    kind: ConflictKindSchema,
    kept: StampedValueSchema,
    lost: StampedValueSchema,
  })
  .strict();
export type ConflictEntry = z.infer<typeof ConflictEntrySchema>;
