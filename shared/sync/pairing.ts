import { z } from 'zod';
import { DeviceAccountSchema, DeviceIdSchema } from './device';
import { HubIdentitySchema } from './hubIdentity';

/**
 * Pairing codes are 8 characters of Crockford base32 (no I, L, O, U), shown as `XXXX-XXXX`.
 * People read them aloud and retype them, so input is forgiving: case, spaces and dashes are
 * ignored and I/L/O read as 1/1/0.
 */
export const PAIRING_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PAIRING_CODE_LENGTH = 8;

/** A typed pairing code in its canonical form (8 alphabet characters, no dash). */
export function normalizePairingCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** POST /v1/pair: a laptop exchanges a one-time code from the office for a device token. */
export const PairRequestSchema = z
  .object({
    schemaVersion: z.number().int(),
    code: z.string().min(1).max(32),
    deviceId: DeviceIdSchema,
    /** Shown to the office in the device list, e.g. "张磊的笔记本". */
    deviceName: z.string().trim().min(1).max(80),
  })
  .strict();
export type PairRequest = z.infer<typeof PairRequestSchema>;

/**
 * The device token is shown once; the laptop keeps it in Electron safeStorage and sends it as
 * `Authorization: Bearer <token>`. `nextSeq` is the first mutation number the hub expects from
 * this device (1 for a new device; more when an already-known device pairs again).
 */
export const PairReplySchema = z
  .object({
    hub: HubIdentitySchema,
    deviceId: DeviceIdSchema,
    token: z.string().min(1),
    account: DeviceAccountSchema,
    nextSeq: z.number().int().positive(),
  })
  .strict();
export type PairReply = z.infer<typeof PairReplySchema>;
