import type { DeviceAccount } from '../../../shared/sync/device';
import type { Queryable } from '../db/database';
import { accountOf } from './devices';

export async function savePairingCode(
  q: Queryable,
  code: { hash: string; account: DeviceAccount; nowMs: number; expiresAtMs: number },
): Promise<void> {
  await q.query('INSERT INTO pairing_codes (code_hash, role, broker_id, created_at_ms, expires_at_ms) VALUES ($1, $2, $3, $4, $5)', [
    code.hash,
    code.account.role,
    code.account.role === 'broker' ? code.account.brokerId : null,
    code.nowMs,
    code.expiresAtMs,
  ]);
}

export type ClaimedCode = { ok: true; account: DeviceAccount } | { ok: false; problem: 'unknown' | 'used' | 'expired' };

/** Use a pairing code once, for `deviceId`: a second claim, or one after expiry, fails. */
export async function claimPairingCode(tx: Queryable, hash: string, deviceId: string, nowMs: number): Promise<ClaimedCode> {
  const rows = await tx.query<{ role: 'broker' | 'office'; broker_id: string | null; expires_at_ms: number; used_at_ms: number | null }>(
    'SELECT role, broker_id, expires_at_ms, used_at_ms FROM pairing_codes WHERE code_hash = $1 FOR UPDATE',
    [hash],
  );
  const row = rows[0];
  if (!row) return { ok: false, problem: 'unknown' };
  if (row.used_at_ms !== null) return { ok: false, problem: 'used' };
  if (row.expires_at_ms <= nowMs) return { ok: false, problem: 'expired' };
  await tx.query('UPDATE pairing_codes SET used_at_ms = $2, used_by = $3 WHERE code_hash = $1', [hash, nowMs, deviceId]);
  return { ok: true, account: accountOf(row.role, row.broker_id) };
}
