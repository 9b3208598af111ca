import { normalizePairingCode, type PairReply, type PairRequest } from '../../../shared/sync/pairing';
import { hashSecret, issueToken } from '../auth/secrets';
import type { Database } from '../db/database';
import { HubError } from '../hubError';
import { findDevice, savePairedDevice } from '../store/devices';
import { readHead } from '../store/hubHead';
import { claimPairingCode } from '../store/pairingCodes';

const CODE_PROBLEMS = {
  unknown: 'pairing code not recognised: check it, or ask the office for a new one',
  used: 'pairing code already used: ask the office for a new one',
  expired: 'pairing code expired: ask the office for a new one',
} as const;

/**
 * Exchange a one-time pairing code for a device token. The code is used up in the same transaction
 * that stores the token's hash, so a refused pairing leaves the code usable. A device id already
 * paired and active is refused: the office revokes the old pairing first.
 */
export async function pairDevice(db: Database, request: PairRequest, nowMs: number): Promise<PairReply> {
  return db.transaction(async (tx) => {
    const { identity } = await readHead(tx);
    const claimed = await claimPairingCode(tx, hashSecret(normalizePairingCode(request.code)), request.deviceId, nowMs);
    if (!claimed.ok) throw new HubError('unauthorized', CODE_PROBLEMS[claimed.problem], { path: 'code' });
    const existing = await findDevice(tx, request.deviceId, true);
    if (existing && existing.revokedAtMs === null) {
      throw new HubError('device_conflict', `device ${request.deviceId} is already paired; the office must revoke it before it pairs again`, { path: 'deviceId' });
    }
    const issued = issueToken('device', request.deviceId);
    const device = await savePairedDevice(tx, { id: request.deviceId, name: request.deviceName, account: claimed.account, tokenHash: issued.hash, nowMs });
    return { hub: identity, deviceId: device.id, token: issued.token, account: device.account, nextSeq: device.appliedSeq + 1 };
  });
}
