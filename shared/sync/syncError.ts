import { z } from 'zod';
import { HubIdentitySchema } from './hubIdentity';

/**
 * Why the hub refused a request, with its HTTP status. A refused request changed nothing.
 * - `invalid_json`, `bad_request`: the body is not JSON / not the protocol's shape (`path` says where).
 * - `unauthorized`: missing, wrong or revoked token, or an unusable pairing code.
 * - `forbidden`: a valid token without the right (a broker calling an office endpoint, a device
 *   pushing for another device).
 * - `schema_mismatch`: client and hub speak different schema versions; update the older one.
 * - `hub_changed`: the client last saw another hub identity or epoch; resynchronise from scratch.
 * - `seq_gap`: the batch skips mutations the hub has not seen; resend from `expectedSeq`.
 * - `resync_required`: the cursor is older than the tombstone retention floor; pull from 0.
 * - `device_conflict`: the device id is already paired and active under another account.
 */
export const SYNC_ERROR_STATUS = {
  invalid_json: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  rate_limited: 429,
  schema_mismatch: 409,
  hub_changed: 409,
  seq_gap: 409,
  device_conflict: 409,
  resync_required: 410,
  internal: 500,
} as const;

export type SyncErrorCode = keyof typeof SYNC_ERROR_STATUS;
export const SYNC_ERROR_CODES = Object.keys(SYNC_ERROR_STATUS) as SyncErrorCode[];

/** The JSON body of every refused request. */
export const SyncErrorBodySchema = z
  .object({
    error: z
      .object({
        code: z.enum(SYNC_ERROR_CODES as [SyncErrorCode, ...SyncErrorCode[]]),
        message: z.string(),
        /** Where in the request the problem is, as a dotted path (`mutations.3.seq`). */
        path: z.string().optional(),
        /** With `seq_gap`: the next sequence number the hub will accept from this device. */
        expectedSeq: z.number().int().positive().optional(),
        /** With `hub_changed`: the hub's current identity. */
        hub: HubIdentitySchema.optional(),
      })
      .strict(),
  })
  .strict();
export type SyncErrorBody = z.infer<typeof SyncErrorBodySchema>;
