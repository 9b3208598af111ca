import type { RecordMeta, TableName } from '../../../shared/model';
import { DELETED_FIELD } from '../../../shared/sync/mutation';
import type { PullChange } from '../../../shared/sync/pull';
import type { BookDatabase } from './bookDatabase';
import { pendingFieldsByRecord, recordKey } from './pendingFields';
import { SYNC_STATE_KEYS } from './syncStateKeys';
import { sanctionWrites } from './writeGuard';
import { WRITE_HEAD_KEY, type WriteHead } from './writeSession';

type StoredRow = Record<string, unknown> & { id: string; meta: RecordMeta };

/** Test seams of one page's transaction (the chaos test crashes the laptop there). */
export interface PageHooks {
  /**
   * Runs inside the transaction after the records were written and before the cursor is: throwing
   * aborts the transaction, as a crash there would (nothing of the page is kept).
   */
  beforeCursorSaved?(): void;
}

/**
 * Applies one pulled page and saves its cursor in ONE transaction. A `record` is stored as the
 * hub sent it (tombstones included; a `null` field is stored absent), except for fields the
 * outbox still holds a change for: those keep the local value and stamp, to be merged at the hub
 * on the next push. A `remove` deletes the local copy (the record left this device's scope). The
 * device's HLC is moved past the newest pulled stamp, so an edit made after seeing a value from a
 * faster clock still wins over it. No outbox entries: this is the hub's data coming in.
 */
export async function applyPulledPage(db: BookDatabase, changes: readonly PullChange[], cursor: number, hooks: PageHooks = {}): Promise<void> {
  const latest = latestChangePerRecord(changes);
  const tables = [...new Set(changes.map((change) => change.table))];
  await db.transaction('rw', [...tables, 'outbox', 'syncState'], async (transaction) => {
    sanctionWrites(transaction);
    const pending = await pendingFieldsByRecord(db);
    let newestStamp = '';
    const writes: Array<Promise<unknown>> = [];
    for (const table of tables) {
      const puts: StoredRow[] = [];
      const removals: string[] = [];
      for (const change of latest.get(table)!.values()) {
        if (change.kind === 'remove') {
          removals.push(change.id);
          continue;
        }
        const record = withoutNulls(change.record as StoredRow);
        if (record.meta.hlc > newestStamp) newestStamp = record.meta.hlc;
        puts.push(record);
      }
      await keepPendingFields(db, table, puts, pending);
      writes.push(db.dataTable(table).bulkPut(puts as never[]), db.dataTable(table).bulkDelete(removals));
    }
    await Promise.all(writes);
    hooks.beforeCursorSaved?.();
    await Promise.all([db.syncState.put({ key: SYNC_STATE_KEYS.cursor, value: cursor }), newestStamp && advanceWriteHead(db, newestStamp)]);
  });
}

/** The last change of each record in the page, per table (a record may leave scope and come back). */
function latestChangePerRecord(changes: readonly PullChange[]): Map<TableName, Map<string, PullChange>> {
  const byTable = new Map<TableName, Map<string, PullChange>>();
  for (const change of changes) {
    let records = byTable.get(change.table);
    if (!records) byTable.set(change.table, (records = new Map()));
    const id = change.kind === 'remove' ? change.id : change.record.id;
    records.delete(id);
    records.set(id, change);
  }
  return byTable;
}

/** The hub stores no nulls; should one come, it means a cleared (absent) field. */
function withoutNulls(record: StoredRow): StoredRow {
  for (const field in record) {
    if (record[field] === null) return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)) as StoredRow;
  }
  return record;
}

/** For records with unpushed local changes, the local value and stamp of each such field replace the pulled one. */
async function keepPendingFields(db: BookDatabase, table: TableName, puts: StoredRow[], pending: Map<string, Set<string>>): Promise<void> {
  if (pending.size === 0) return;
  const touched = puts.map((record, index) => ({ index, fields: pending.get(recordKey(table, record.id)) })).filter((entry) => entry.fields);
  if (touched.length === 0) return;
  const locals = (await db.dataTable(table).bulkGet(touched.map(({ index }) => puts[index]!.id))) as Array<StoredRow | undefined>;
  touched.forEach(({ index, fields }, i) => {
    const local = locals[i];
    if (!local) return;
    const merged: StoredRow = { ...puts[index]!, meta: { ...puts[index]!.meta, stamps: { ...puts[index]!.meta.stamps } } };
    for (const field of fields!) {
      const stamp = local.meta.stamps[field];
      if (stamp === undefined) continue;
      merged.meta.stamps[field] = stamp;
      if (field === DELETED_FIELD) merged.meta.deleted = local.meta.deleted;
      else if (field in local) merged[field] = local[field];
      else delete merged[field];
    }
    puts[index] = merged;
  });
}

/** Moves the device's newest stamp (read by every write session) past what it pulled. */
async function advanceWriteHead(db: BookDatabase, stamp: string): Promise<void> {
  const head = ((await db.syncState.get(WRITE_HEAD_KEY))?.value as WriteHead | undefined) ?? { nextSeq: 1 };
  if (head.lastHlc !== undefined && head.lastHlc >= stamp) return;
  await db.syncState.put({ key: WRITE_HEAD_KEY, value: { ...head, lastHlc: stamp } satisfies WriteHead });
}
