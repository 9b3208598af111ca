import { z } from 'zod';
import { DeviceAccountSchema } from './device';
import { HubIdentitySchema } from './hubIdentity';

/**
 * The device endpoints a paired laptop calls during a sync (`POST /v1/<endpoint>`). Pairing has its
 * own call because it is the one request made without a device token.
 */
export const HUB_SYNC_ENDPOINTS = ['status', 'push', 'pull'] as const;
export const HubSyncEndpointSchema = z.enum(HUB_SYNC_ENDPOINTS);
export type HubSyncEndpoint = z.infer<typeof HubSyncEndpointSchema>;

/**
 * What came back over HTTP: the status and the parsed JSON body (a protocol reply for 2xx, a
 * `SyncErrorBody` otherwise). The sync engine validates the body with the protocol's schemas.
 */
export const HubReplySchema = z.object({ status: z.number().int(), body: z.unknown() }).strict();
export type HubReply = z.infer<typeof HubReplySchema>;

/** Where a laptop stands with the office hub. The token itself never leaves the transport's side. */
export const HubPairingSchema = z.discriminatedUnion('paired', [
  z.object({ paired: z.literal(false) }).strict(),
  z
    .object({
      paired: z.literal(true),
      hubUrl: z.url({ protocol: /^https?$/ }),
      account: DeviceAccountSchema,
      hub: HubIdentitySchema,
      deviceName: z.string(),
      pairedAt: z.iso.datetime({ offset: true }),
    })
    .strict(),
]);
export type HubPairing = z.infer<typeof HubPairingSchema>;

/**
 * How the sync engine reaches the hub. In Electron it is the main process (the device token stays in
 * safeStorage, never in the renderer); in the browser build the web bridge calls `fetch` itself.
 * `send` resolves with any HTTP reply (4xx and 5xx included) and rejects only when no reply came
 * (offline, refused, dropped connection, timeout): the engine retries those with backoff.
 */
export interface HubTransport {
  send(endpoint: HubSyncEndpoint, body: unknown): Promise<HubReply>;
}
