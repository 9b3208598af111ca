import { z } from 'zod';
import { HubPairingSchema } from '../sync/hubTransport';
import { DeviceIdSchema } from '../sync/device';
import { PairRequestSchema } from '../sync/pairing';

/** `hub.pair`: what the Sync page's pairing form sends (the code as typed; it is normalised before it goes out). */
export const HubPairArgsSchema = z
  .object({
    hubUrl: z.url({ protocol: /^https?$/ }),
    code: PairRequestSchema.shape.code,
    deviceId: DeviceIdSchema,
    deviceName: PairRequestSchema.shape.deviceName,
  })
  .strict();
export type HubPairArgs = z.infer<typeof HubPairArgsSchema>;

/**
 * Why a pairing was refused, so the page can say it in the user's language:
 * - `code_refused`: the code is unknown, already used or expired (ask the office for a new one);
 * - `device_conflict`: this laptop is still paired at the hub; the office must revoke it first;
 * - `unreachable`: no reply from the hub at that address (offline, wrong address, hub stopped);
 * - `schema_mismatch`: the app and the hub are different versions;
 * - `rate_limited`: too many attempts; wait a minute;
 * - `hub_error`: any other refusal (the detail says what).
 */
export const HUB_PAIR_REFUSALS = ['code_refused', 'device_conflict', 'unreachable', 'schema_mismatch', 'rate_limited', 'hub_error'] as const;
export type HubPairRefusal = (typeof HUB_PAIR_REFUSALS)[number];

/**
 * `hub.pair`'s answer: the new pairing and `nextSeq` (the first mutation number the hub expects
 * from this device, for the book's outbox), or the refusal with the hub's address and its own words.
 */
export const HubPairOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pairing: HubPairingSchema.options[1], nextSeq: z.number().int().positive() }).strict(),
  z.object({ ok: z.literal(false), refusal: z.enum(HUB_PAIR_REFUSALS), hubUrl: z.string(), detail: z.string() }).strict(),
]);
export type HubPairOutcome = z.infer<typeof HubPairOutcomeSchema>;
