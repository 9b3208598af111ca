import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../model/tables';
import { ConflictKindSchema, StampedValueSchema } from './conflict';
import { DeviceAccountSchema, DeviceIdSchema } from './device';

/**
 * The office's admin API (`/v1/admin/...`, `Authorization: Bearer <office token>`): broker
 * accounts, pairing codes, devices and the conflict log.
 */

/** POST /v1/admin/brokers: a broker account. The hub writes it as a `brokers` record, so it syncs to every device. */
export const CreateBrokerRequestSchema = z
  .object({
    /** Chosen by the office or drawn by the hub. */
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'broker id is 1-64 letters, digits, "_" or "-"').optional(),
    name: z.string().trim().min(1, 'must not be empty'),
    prefix: z.string().regex(/^[A-Z]{2,4}$/, 'prefix is 2-4 capital letters'),
  })
  .strict();
export type CreateBrokerRequest = z.infer<typeof CreateBrokerRequestSchema>;

/** POST /v1/admin/pairing-codes: a one-time code for a broker's laptop or an office workstation. */
export const CreatePairingCodeRequestSchema = DeviceAccountSchema;
export type CreatePairingCodeRequest = z.infer<typeof CreatePairingCodeRequestSchema>;

export const PairingCodeReplySchema = z
  .object({
    /** Shown as `XXXX-XXXX`; valid once, until `expiresAtMs`. */
    code: z.string(),
    expiresAtMs: z.number().int(),
    account: DeviceAccountSchema,
  })
  .strict();
export type PairingCodeReply = z.infer<typeof PairingCodeReplySchema>;

export const DeviceSummarySchema = z
  .object({
    id: DeviceIdSchema,
    name: z.string(),
    account: DeviceAccountSchema,
    nextSeq: z.number().int().positive(),
    pairedAtMs: z.number().int(),
    lastSeenAtMs: z.number().int().nullable(),
    revokedAtMs: z.number().int().nullable(),
  })
  .strict();
export type DeviceSummary = z.infer<typeof DeviceSummarySchema>;

/** GET /v1/admin/devices */
export const DeviceListReplySchema = z.object({ devices: z.array(DeviceSummarySchema) }).strict();

/** POST /v1/admin/devices/:id/revoke: the device's token stops working at once. */
export const RevokeDeviceReplySchema = z.object({ device: DeviceSummarySchema }).strict();

/** GET /v1/admin/conflicts?after=<id>&limit=<n>: the conflict log, oldest first. */
export const ConflictListQuerySchema = z
  .object({
    after: z.coerce.number().int().nonnegative().default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const ConflictRecordSchema = z
  .object({
    id: z.number().int().positive(),
    table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]),
    recordId: z.string(),
    field: z.string(),
    kind: ConflictKindSchema,
    kept: StampedValueSchema,
    lost: StampedValueSchema,
    /** The device that wrote the lost value. */
    lostDeviceId: z.string(),
    atMs: z.number().int(),
  })
  .strict();
export type ConflictRecord = z.infer<typeof ConflictRecordSchema>;

export const ConflictListReplySchema = z.object({ conflicts: z.array(ConflictRecordSchema) }).strict();
