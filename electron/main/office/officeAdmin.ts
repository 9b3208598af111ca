import { z } from 'zod';
import { BrokerSchema, type Broker } from '../../../shared/model/customer';
import {
  DeviceListReplySchema,
  PairingCodeReplySchema,
  RevokeDeviceReplySchema,
  type CreateBrokerRequest,
  type CreatePairingCodeRequest,
  type DeviceSummary,
  type PairingCodeReply,
} from '../../../shared/sync/admin';
import { SyncErrorBodySchema } from '../../../shared/sync/syncError';
import { HUB_TIMEOUT_MS } from '../../../shared/ipc/timedHubFetch';

/** The office's calls to its hub's admin API (`/v1/admin/...`), made in main with the office token. */
export interface OfficeAdmin {
  createBroker(request: CreateBrokerRequest): Promise<Broker>;
  createPairingCode(account: CreatePairingCodeRequest): Promise<PairingCodeReply>;
  devices(): Promise<DeviceSummary[]>;
  revokeDevice(deviceId: string): Promise<DeviceSummary>;
}

/** An admin client for the hub at `hubUrl`; every refusal names the call and gives the hub's reason. */
export function officeAdmin(hubUrl: string, officeToken: string, fetchImpl: typeof fetch = fetch): OfficeAdmin {
  async function call<S extends z.ZodType>(method: 'GET' | 'POST', path: string, schema: S, body?: unknown): Promise<z.output<S>> {
    const url = `${hubUrl}/v1/admin${path}`;
    let status: number;
    let text: string;
    try {
      const response = await fetchImpl(url, {
        method,
        headers: { authorization: `Bearer ${officeToken}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(HUB_TIMEOUT_MS),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw new Error(`office hub ${hubUrl} did not answer ${method} ${path}: ${(error as Error).message}`, { cause: error });
    }
    const json = parseJson(text);
    if (status >= 300) {
      const refusal = SyncErrorBodySchema.safeParse(json);
      const reason = refusal.success ? refusal.data.error.message + (refusal.data.error.path ? ` (at ${refusal.data.error.path})` : '') : `HTTP ${status}`;
      throw new Error(`office hub ${hubUrl} refused ${method} ${path}: ${reason}`);
    }
    return schema.parse(json);
  }

  return {
    createBroker: async (request) => (await call('POST', '/brokers', BrokerReplySchema, request)).broker,
    createPairingCode: (account) => call('POST', '/pairing-codes', PairingCodeReplySchema, account),
    devices: async () => (await call('GET', '/devices', DeviceListReplySchema)).devices,
    revokeDevice: async (deviceId) => (await call('POST', `/devices/${encodeURIComponent(deviceId)}/revoke`, RevokeDeviceReplySchema)).device,
  };
}

/** POST /v1/admin/brokers answers `{ broker }`. */
const BrokerReplySchema = z.object({ broker: BrokerSchema }).strict();

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
