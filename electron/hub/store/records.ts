import type { TableName } from '../../../shared/model/tables';
import type { MergeState } from '../../../shared/sync/mergeState';
import { toRecordMeta } from '../../../shared/sync/mergeState';
import type { Queryable } from '../db/database';

/** A synced record as the hub stores it. */
export interface RecordRow {
  table: TableName;
  id: string;
  state: MergeState;
  /** The hub version of its last change (0 until a write transaction numbers it). */
  version: number;
  /** Brokers who may see it; null for company-wide records. The office sees everything. */
  scope: string[] | null;
  /** Customers it hangs off, directly or through its deal. */
  owners: string[];
  /** The deal it belongs to (amendments, ratings). */
  parentDeal: string | null;
  /** Hub time when it was deleted, for tombstone retention. */
  deletedAtMs: number | null;
}

export interface RecordKey {
  table: TableName;
  id: string;
}

export const keyOf = ({ table, id }: RecordKey): string => `${table}/${id}`;

interface Row {
  tbl: TableName;
  id: string;
  data: Record<string, unknown>;
  stamps: Record<string, string>;
  deleted: 0 | 1;
  deleted_at_ms: number | null;
  version: number;
  scope: string[] | null;
  owners: string[];
  parent_deal: string | null;
}

const toRecord = (row: Row): RecordRow => ({
  table: row.tbl,
  id: row.id,
  state: { fields: row.data, stamps: row.stamps, deleted: row.deleted },
  version: row.version,
  scope: row.scope,
  owners: row.owners,
  parentDeal: row.parent_deal,
  deletedAtMs: row.deleted_at_ms,
});

/** The stored records among `keys` (missing ones are simply absent). */
export async function loadRecords(q: Queryable, keys: readonly RecordKey[]): Promise<RecordRow[]> {
  if (keys.length === 0) return [];
  const rows = await q.query<Row>(
    `SELECT r.* FROM records r JOIN jsonb_to_recordset($1::jsonb) AS k(tbl text, id text) ON r.tbl = k.tbl AND r.id = k.id`,
    [JSON.stringify(keys.map(({ table, id }) => ({ tbl: table, id })))],
  );
  return rows.map(toRecord);
}

/** Records that hang off any of these customers, or belong to any of these deals. */
export async function loadDependents(q: Queryable, customerIds: readonly string[], dealIds: readonly string[]): Promise<RecordRow[]> {
  // Two statements rather than one OR, so each can use its index (GIN on owners, btree on parent_deal).
  const rows: Row[] = [];
  if (customerIds.length > 0) rows.push(...(await q.query<Row>('SELECT * FROM records WHERE owners && $1::text[]', [[...customerIds]])));
  if (dealIds.length > 0) rows.push(...(await q.query<Row>('SELECT * FROM records WHERE parent_deal = ANY ($1::text[])', [[...dealIds]])));
  const unique = new Map(rows.map((row) => [`${row.tbl}/${row.id}`, row]));
  return [...unique.values()].map(toRecord);
}

/** Insert or replace records in one multi-row statement. */
export async function saveRecords(q: Queryable, records: readonly RecordRow[]): Promise<void> {
  if (records.length === 0) return;
  const rows = records.map((r) => {
    const meta = toRecordMeta(r.state);
    return {
      tbl: r.table,
      id: r.id,
      data: r.state.fields,
      stamps: r.state.stamps,
      hlc: meta.hlc,
      device_id: meta.deviceId,
      deleted: r.state.deleted,
      deleted_at_ms: r.deletedAtMs,
      version: r.version,
      scope: r.scope,
      owners: r.owners,
      parent_deal: r.parentDeal,
    };
  });
  await q.query(
    `INSERT INTO records (tbl, id, data, stamps, hlc, device_id, deleted, deleted_at_ms, version, scope, owners, parent_deal)
     SELECT tbl, id, data, stamps, hlc, device_id, deleted, deleted_at_ms, version, scope, owners, parent_deal
       FROM jsonb_to_recordset($1::jsonb) AS x(tbl text, id text, data jsonb, stamps jsonb, hlc text, device_id text,
            deleted smallint, deleted_at_ms bigint, version bigint, scope text[], owners text[], parent_deal text)
     ON CONFLICT (tbl, id) DO UPDATE SET data = EXCLUDED.data, stamps = EXCLUDED.stamps, hlc = EXCLUDED.hlc,
       device_id = EXCLUDED.device_id, deleted = EXCLUDED.deleted, deleted_at_ms = EXCLUDED.deleted_at_ms,
       version = EXCLUDED.version, scope = EXCLUDED.scope, owners = EXCLUDED.owners, parent_deal = EXCLUDED.parent_deal`,
    [JSON.stringify(rows)],
  );
}

/** "Remove locally" notices: the record left these brokers' scope at `version`. */
export interface ScopeExit {
  brokerId: string;
  table: TableName;
  id: string;
  version: number;
}

export async function saveScopeExits(q: Queryable, exits: readonly ScopeExit[], nowMs: number): Promise<void> {
  if (exits.length === 0) return;
  await q.query(
    `INSERT INTO scope_exits (broker_id, tbl, id, version, at_ms)
     SELECT broker_id, tbl, id, version, $2 FROM jsonb_to_recordset($1::jsonb) AS x(broker_id text, tbl text, id text, version bigint)`,
    [JSON.stringify(exits.map((e) => ({ broker_id: e.brokerId, tbl: e.table, id: e.id, version: e.version }))), nowMs],
  );
}
