import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../model/tables';

/**
 * One change a device made, as it travels to the hub. Devices number their mutations 1, 2, 3...
 * (`seq`); `patch` holds only the changed fields and `stamps` their HLC stamps.
 * `delete` sets the tombstone; its stamp is under the reserved field name `meta.deleted`.
 */
export const MutationSchema = z
  .object({
    seq: z.number().int().positive(),
    table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
    id: z.string().min(1),
    op: z.enum(['put', 'delete']),
    patch: z.record(z.string(), z.unknown()),
    stamps: z.record(z.string(), z.string()),
    hlc: z.string(),
    deviceId: z.string().min(1),
    /**
     * Optional: for each patched field, the stamp of the value this write replaced as the device
     * saw it (omit a field the device never saw). Lets the hub tell an informed edit from a
     * concurrent one, so only the latter go to the conflict log (see merge.ts).
     */
    base: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Mutation = z.infer<typeof MutationSchema>;

/** The field name under which a tombstone's stamp travels. */
export const DELETED_FIELD = 'meta.deleted';

/**
 * An outbox row: the mutations of one repository call, numbered `firstSeq..lastSeq`. Batching
 * many mutations into one row keeps bulk imports close to raw IndexedDB speed.
 */
export interface OutboxBatch {
  firstSeq: number;
  lastSeq: number;
  mutations: Mutation[];
}
