import type { ConflictRecord } from '../../../shared/sync/admin';
import type { ConflictEntry } from '../../../shared/sync/conflict';
import { parseHlc } from '../../../shared/sync/hlc';
import type { TableName } from '../../../shared/model/tables';
import type { Queryable } from '../db/database';

/** A losing value of a record, as the conflict log keeps it. */
export interface RecordConflict extends ConflictEntry {
  table: TableName;
  recordId: string;
}

/** A mutation the hub refused, kept so the office can see what a laptop tried to do. */
export interface Rejection {
  deviceId: string;
  seq: number;
  table: string | null;
  recordId: string | null;
  reason: string;
  mutation: unknown;
}

export async function saveConflicts(q: Queryable, conflicts: readonly RecordConflict[], nowMs: number): Promise<void> {
  if (conflicts.length === 0) return;
  const rows = conflicts.map((c) => ({
    tbl: c.table,
    record_id: c.recordId,
    field: c.field,
    kind: c.kind,
    kept_value: c.kept.value ?? null,
    kept_stamp: c.kept.stamp,
    lost_value: c.lost.value ?? null,
    lost_stamp: c.lost.stamp,
    lost_device: parseHlc(c.lost.stamp).deviceId,
  }));
  await q.query(
    `INSERT INTO conflicts (tbl, record_id, field, kind, kept_value, kept_stamp, lost_value, lost_stamp, lost_device, at_ms)
     SELECT tbl, record_id, field, kind, kept_value, kept_stamp, lost_value, lost_stamp, lost_device, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(tbl text, record_id text, field text, kind text, kept_value jsonb,
            kept_stamp text, lost_value jsonb, lost_stamp text, lost_device text)`,
    [JSON.stringify(rows), nowMs],
  );
}

export async function saveRejections(q: Queryable, rejections: readonly Rejection[], nowMs: number): Promise<void> {
  if (rejections.length === 0) return;
  const rows = rejections.map((r) => ({
    device_id: r.deviceId,
    seq: r.seq,
    tbl: r.table,
    record_id: r.recordId,
    reason: r.reason,
    mutation: r.mutation,
  }));
  await q.query(
    `INSERT INTO rejections (device_id, seq, tbl, record_id, reason, mutation, at_ms)
     SELECT device_id, seq, tbl, record_id, reason, mutation, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(device_id text, seq bigint, tbl text, record_id text, reason text, mutation jsonb)`,
    [JSON.stringify(rows), nowMs],
  );
}

/** The reasons the device's mutations `fromSeq`…`toSeq` were refused, by seq (only those refused). */
export async function findRejectionReasons(q: Queryable, deviceId: string, fromSeq: number, toSeq: number): Promise<Map<number, string>> {
  const rows = await q.query<{ seq: string | number; reason: string }>(
    'SELECT seq, reason FROM rejections WHERE device_id = $1 AND seq BETWEEN $2 AND $3',
    [deviceId, fromSeq, toSeq],
  );
  return new Map(rows.map((row) => [Number(row.seq), row.reason]));
}

interface ConflictRow {
  id: number;
  tbl: TableName;
  record_id: string;
  field: string;
  kind: ConflictRecord['kind'];
  kept_value: unknown;
  kept_stamp: string;
  lost_value: unknown;
  lost_stamp: string;
  lost_device: string;
  at_ms: number;
}

/** The conflict log after entry `after`, oldest first. */
export async function listConflicts(q: Queryable, after: number, limit: number): Promise<ConflictRecord[]> {
  const rows = await q.query<ConflictRow>('SELECT * FROM conflicts WHERE id > $1 ORDER BY id LIMIT $2', [after, limit]);
  return rows.map((row) => ({
    id: row.id,
    table: row.tbl,
    recordId: row.record_id,
    field: row.field,
    kind: row.kind,
    kept: { value: row.kept_value, stamp: row.kept_stamp },
    lost: { value: row.lost_value, stamp: row.lost_stamp },
    lostDeviceId: row.lost_device,
    atMs: row.at_ms,
  }));
}
