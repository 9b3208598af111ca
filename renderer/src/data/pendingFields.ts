import type { TableName } from '../../../shared/model';
import { DELETED_FIELD } from '../../../shared/sync/mutation';
import type { BookDatabase } from './bookDatabase';

export const recordKey = (table: TableName, id: string): string => `${table}/${id}`;

/**
 * The fields each record still has an unpushed change for (`table/id` → field names, the
 * tombstone as `meta.deleted`). Usually empty during a pull: the outbox was pushed just before.
 */
export async function pendingFieldsByRecord(db: BookDatabase): Promise<Map<string, Set<string>>> {
  const pending = new Map<string, Set<string>>();
  await db.outbox.each((batch) => {
    for (const mutation of batch.mutations) {
      const key = recordKey(mutation.table, mutation.id);
      let fields = pending.get(key);
      if (!fields) pending.set(key, (fields = new Set()));
      for (const field of Object.keys(mutation.stamps)) fields.add(field);
      if (mutation.op === 'delete') fields.add(DELETED_FIELD);
    }
  });
  return pending;
}
