import { readToken, secretMatches, type TokenKind } from '../auth/secrets';
import type { Database } from '../db/database';
import { HubError } from '../hubError';
import { findDevice, type DeviceRecord } from '../store/devices';
import { findOfficeTokenHash } from '../store/officeTokens';

function bearer(header: string | undefined, kind: TokenKind): { id: string; secret: string } {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  if (!match) throw new HubError('unauthorized', `missing "Authorization: Bearer <${kind} token>" header`);
  const token = readToken(kind, match[1]!);
  if (!token) throw new HubError('unauthorized', `not a ${kind} token`);
  return token;
}

/** The paired, unrevoked device whose token this is. */
export async function authenticateDevice(db: Database, header: string | undefined): Promise<DeviceRecord> {
  const { id, secret } = bearer(header, 'device');
  const device = await findDevice(db, id);
  if (!device || !secretMatches(secret, device.tokenHash)) throw new HubError('unauthorized', 'device token not recognised');
  if (device.revokedAtMs !== null) throw new HubError('unauthorized', `device ${id} was revoked by the office; pair it again`);
  return device;
}

/** Passes for a valid, unrevoked office token. */
export async function authenticateOffice(db: Database, header: string | undefined): Promise<void> {
  const { id, secret } = bearer(header, 'office');
  const hash = await findOfficeTokenHash(db, id);
  if (!hash || !secretMatches(secret, hash)) throw new HubError('unauthorized', 'office token not recognised');
}
