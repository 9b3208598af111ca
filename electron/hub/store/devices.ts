import type { DeviceSummary } from '../../../shared/sync/admin';
import type { DeviceAccount } from '../../../shared/sync/device';
import type { Queryable } from '../db/database';

/** A paired device as the hub keeps it. */
export interface DeviceRecord {
  id: string;
  name: string;
  account: DeviceAccount;
  tokenHash: string;
  appliedSeq: number;
  pairedAtMs: number;
  lastSeenAtMs: number | null;
  revokedAtMs: number | null;
}

interface DeviceRow {
  id: string;
  name: string;
  role: 'broker' | 'office';
  broker_id: string | null;
  token_hash: string;
  applied_seq: number;
  paired_at_ms: number;
  last_seen_ms: number | null;
  revoked_at_ms: number | null;
}

export function accountOf(role: 'broker' | 'office', brokerId: string | null): DeviceAccount {
  if (role === 'office') return { role: 'office' };
  if (!brokerId) throw new Error('a broker device row has no broker id');
  return { role: 'broker', brokerId };
}

const toDevice = (row: DeviceRow): DeviceRecord => ({
  id: row.id,
  name: row.name,
  account: accountOf(row.role, row.broker_id),
  tokenHash: row.token_hash,
  appliedSeq: row.applied_seq,
  pairedAtMs: row.paired_at_ms,
  lastSeenAtMs: row.last_seen_ms,
  revokedAtMs: row.revoked_at_ms,
});

export function summarizeDevice(device: DeviceRecord): DeviceSummary {
  return {
    id: device.id,
    name: device.name,
    account: device.account,
    nextSeq: device.appliedSeq + 1,
    pairedAtMs: device.pairedAtMs,
    lastSeenAtMs: device.lastSeenAtMs,
    revokedAtMs: device.revokedAtMs,
  };
}

/** The device row, locked for the rest of the transaction when `forUpdate`. */
export async function findDevice(q: Queryable, id: string, forUpdate = false): Promise<DeviceRecord | undefined> {
  const rows = await q.query<DeviceRow>(`SELECT * FROM devices WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0] && toDevice(rows[0]);
}

export async function listDevices(q: Queryable): Promise<DeviceRecord[]> {
  return (await q.query<DeviceRow>('SELECT * FROM devices ORDER BY paired_at_ms, id')).map(toDevice);
}

/**
 * Register a newly paired device, or give an already known one (re-pairing after its token was
 * lost or revoked) its new token and account. Its applied sequence number is kept, so the
 * laptop's outbox numbering continues.
 */
export async function savePairedDevice(
  q: Queryable,
  device: { id: string; name: string; account: DeviceAccount; tokenHash: string; nowMs: number },
): Promise<DeviceRecord> {
  const rows = await q.query<DeviceRow>(
    `INSERT INTO devices (id, name, role, broker_id, token_hash, paired_at_ms)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, broker_id = EXCLUDED.broker_id,
       token_hash = EXCLUDED.token_hash, paired_at_ms = EXCLUDED.paired_at_ms, revoked_at_ms = NULL
     RETURNING *`,
    [device.id, device.name, device.account.role, device.account.role === 'broker' ? device.account.brokerId : null, device.tokenHash, device.nowMs],
  );
  return toDevice(rows[0]!);
}

export async function revokeDevice(q: Queryable, id: string, nowMs: number): Promise<DeviceRecord | undefined> {
  const rows = await q.query<DeviceRow>('UPDATE devices SET revoked_at_ms = COALESCE(revoked_at_ms, $2) WHERE id = $1 RETURNING *', [id, nowMs]);
  return rows[0] && toDevice(rows[0]);
}

/** Record that the device's mutations up to `appliedSeq` are settled, and that it was seen now. */
export async function saveDeviceProgress(q: Queryable, id: string, appliedSeq: number, nowMs: number): Promise<void> {
  await q.query('UPDATE devices SET applied_seq = GREATEST(applied_seq, $2), last_seen_ms = $3 WHERE id = $1', [id, appliedSeq, nowMs]);
}
