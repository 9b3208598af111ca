import { TABLE_NAMES, type RecordMeta, type TableName } from '../../../shared/model';
import { parseHlc } from '../../../shared/sync/hlc';
import { DELETED_FIELD, type Mutation } from '../../../shared/sync/mutation';
import type { BookDatabase } from './bookDatabase';
import { DEVICE_ID_KEY } from './deviceIdentity';
import { toOutboxBatches } from './outboxBatches';
import { WRITE_HEAD_KEY, type WriteHead } from './writeSession';

export interface HubAdoption {
  /** The first mutation number the hub expects from this device. */
  nextSeq: number;
  /**
   * Queue again every value this device wrote (with its original stamp), because the hub may have
   * forgotten some it acknowledged (restored from a backup). Values the hub still has merge as no-ops.
   */
  resendOwnWrites: boolean;
}

type StoredRow = Record<string, unknown> & { id: string; meta: RecordMeta };

/**
 * Renumbers the outbox for a hub that expects `nextSeq` next (a pairing, a new hub): the
 * re-sent own values first (parents before what hangs off them, as TABLE_NAMES orders tables),
 * then the waiting mutations in their order, numbered without gaps; the write head follows.
 * Runs inside the caller's transaction over every table.
 */
export async function adoptHub(db: BookDatabase, { nextSeq, resendOwnWrites }: HubAdoption): Promise<void> {
  const waiting = (await db.outbox.toArray()).flatMap((batch) => batch.mutations);
  const deviceId = (await db.syncState.get(DEVICE_ID_KEY))?.value as string;
  const resent = resendOwnWrites ? await ownWrites(db, deviceId) : [];
  const mutations = [...resent, ...waiting].map((mutation, index) => ({ ...mutation, seq: nextSeq + index }));
  const head = ((await db.syncState.get(WRITE_HEAD_KEY))?.value as WriteHead | undefined) ?? { nextSeq: 1 };
  await db.outbox.clear();
  await db.outbox.bulkAdd(toOutboxBatches(mutations));
  await db.syncState.put({ key: WRITE_HEAD_KEY, value: { ...head, nextSeq: nextSeq + mutations.length } satisfies WriteHead });
}

/** Every record's fields last written by this device, as mutations (seq set by the caller). */
async function ownWrites(db: BookDatabase, deviceId: string): Promise<Mutation[]> {
  const mutations: Mutation[] = [];
  for (const table of TABLE_NAMES) {
    const records = (await db.dataTable(table).toArray()) as unknown as StoredRow[];
    records.sort((a, b) => (a.meta.hlc < b.meta.hlc ? -1 : a.meta.hlc > b.meta.hlc ? 1 : 0));
    for (const record of records) mutations.push(...ownWritesOf(table, record, deviceId));
  }
  return mutations;
}

function ownWritesOf(table: TableName, record: StoredRow, deviceId: string): Mutation[] {
  const patch: Record<string, unknown> = {};
  const stamps: Record<string, string> = {};
  let tombstone: string | undefined;
  for (const [field, stamp] of Object.entries(record.meta.stamps)) {
    if (parseHlc(stamp).deviceId !== deviceId) continue;
    if (field === DELETED_FIELD && record.meta.deleted === 1) {
      tombstone = stamp;
      continue;
    }
    patch[field] = field === DELETED_FIELD ? 0 : field in record ? record[field] : null;
    stamps[field] = stamp;
  }
  const newest = (list: string[]) => list.reduce((a, b) => (a > b ? a : b));
  const out: Mutation[] = [];
  const base = { seq: 0, table, id: record.id, deviceId };
  if (Object.keys(stamps).length > 0) out.push({ ...base, op: 'put', patch, stamps, hlc: newest(Object.values(stamps)) });
  if (tombstone) out.push({ ...base, op: 'delete', patch: {}, stamps: { [DELETED_FIELD]: tombstone }, hlc: tombstone });
  return out;
}
