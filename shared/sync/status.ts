import { z } from 'zod';
import { DeviceAccountSchema, DeviceIdSchema } from './device';
import { HubIdentitySchema } from './hubIdentity';

/**
 * POST /v1/status: where a sync starts, and how a client recovers after `hub_changed` (it carries
 * no hub identity, so it is answered whoever the client last saw).
 */
export const StatusRequestSchema = z
  .object({
    schemaVersion: z.number().int(),
    deviceId: DeviceIdSchema,
  })
  .strict();
export type StatusRequest = z.infer<typeof StatusRequestSchema>;

export const StatusReplySchema = z
  .object({
    hub: HubIdentitySchema,
    schemaVersion: z.number().int(),
    account: DeviceAccountSchema,
    /** The next mutation number the hub will accept from this device. */
    nextSeq: z.number().int().positive(),
    /** The hub's newest version: a cursor above it means the hub lost history. */
    version: z.number().int().nonnegative(),
    /** Cursors below this (other than 0) must resynchronise: tombstones older than it were purged. */
    retentionFloor: z.number().int().nonnegative(),
    /** The hub's clock, so a laptop can warn about its own clock being wrong. */
    hubTimeMs: z.number().int(),
  })
  .strict();
export type StatusReply = z.infer<typeof StatusReplySchema>;
