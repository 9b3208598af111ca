import { TABLE_NAMES } from '../../../shared/model';
import type { BookDatabase } from './bookDatabase';
import { pendingFieldsByRecord, recordKey } from './pendingFields';

/**
 * Forgets every local record the outbox holds no change for, before a pull from 0 brings the
 * hub's copy (a full resync, or a new hub). Records with unpushed changes stay: they are the
 * user's work, pushed as usual. Runs inside the caller's transaction over every table.
 */
export async function replaceLocalCopy(db: BookDatabase): Promise<void> {
  const pending = await pendingFieldsByRecord(db);
  for (const table of TABLE_NAMES) {
    const ids = await db.dataTable(table).toCollection().primaryKeys();
    await db.dataTable(table).bulkDelete(ids.filter((id) => !pending.has(recordKey(table, id))));
  }
}
