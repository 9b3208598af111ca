import { z } from 'zod';
import { createHttpHubTransport, HubUnreachableError, requestPairing, type HubFetch } from '../sync/httpHubTransport';
import { HubPairingSchema, type HubPairing, type HubReply, type HubSyncEndpoint } from '../sync/hubTransport';
import { normalizePairingCode, PairReplySchema } from '../sync/pairing';
import { SYNC_SCHEMA_VERSION } from '../sync/schemaVersion';
import { SyncErrorBodySchema, type SyncErrorCode } from '../sync/syncError';
import type { HubPairArgs, HubPairOutcome, HubPairRefusal } from './hubPairing';

/**
 * Where the pairing and its device token are kept, as one opaque text: an Electron safeStorage
 * file in main, localStorage in the browser build. `read` gives `undefined` when nothing is kept.
 */
export interface SecretStore {
  read(): string | undefined;
  write(text: string): void;
  remove(): void;
  /** Throws, saying why, when a secret could not be kept here safely; checked before a pairing uses up its code. */
  assertSafe(): void;
}

const PairedSchema = HubPairingSchema.options[1];
type Paired = z.infer<typeof PairedSchema>;
const KeptPairingSchema = z.object({ token: z.string().min(1), pairing: PairedSchema }).strict();

/** The laptop's side of the hub: pairing, unpairing and the token-bearing sync requests. */
export interface HubConnection {
  pairing(): HubPairing;
  pair(args: HubPairArgs): Promise<HubPairOutcome>;
  unpair(): HubPairing;
  /** A sync request with the device token; rejects when not paired or when no reply came. */
  send(endpoint: HubSyncEndpoint, body: unknown): Promise<HubReply>;
  /** Told of every pairing and unpairing; returns the function that stops the listener. */
  onChanged(listener: (pairing: HubPairing) => void): () => void;
}

const REFUSAL_OF_CODE: Partial<Record<SyncErrorCode, HubPairRefusal>> = {
  unauthorized: 'code_refused',
  device_conflict: 'device_conflict',
  schema_mismatch: 'schema_mismatch',
  rate_limited: 'rate_limited',
};

export function createHubConnection({ secrets, fetch, now }: { secrets: SecretStore; fetch: HubFetch; now: () => Date }): HubConnection {
  const listeners = new Set<(pairing: HubPairing) => void>();
  const notify = (pairing: HubPairing) => {
    for (const listener of [...listeners]) listener(pairing);
  };

  /** The kept pairing; a damaged one counts as none (pairing again replaces it). */
  const kept = (): z.infer<typeof KeptPairingSchema> | undefined => {
    const text = secrets.read();
    if (text === undefined) return undefined;
    try {
      return KeptPairingSchema.parse(JSON.parse(text));
    } catch {
      return undefined;
    }
  };

  return {
    pairing: () => kept()?.pairing ?? { paired: false },

    async pair({ hubUrl, code, deviceId, deviceName }) {
      const refused = (refusal: HubPairRefusal, detail: string): HubPairOutcome => ({ ok: false, refusal, hubUrl, detail });
      // Before the request: a token the hub issued and we could not keep would leave its code used up.
      secrets.assertSafe();
      let reply: HubReply;
      try {
        reply = await requestPairing(fetch, hubUrl, { schemaVersion: SYNC_SCHEMA_VERSION, code: normalizePairingCode(code), deviceId, deviceName });
      } catch (error) {
        if (error instanceof HubUnreachableError) return refused('unreachable', error.message);
        throw error;
      }
      if (reply.status !== 201) {
        const body = SyncErrorBodySchema.safeParse(reply.body);
        if (!body.success) return refused('hub_error', `HTTP ${reply.status} from ${hubUrl} is not a hub's refusal`);
        return refused(REFUSAL_OF_CODE[body.data.error.code] ?? 'hub_error', body.data.error.message);
      }
      const paired = PairReplySchema.safeParse(reply.body);
      if (!paired.success) return refused('hub_error', `the reply from ${hubUrl} is not a pairing`);
      const pairing: Paired = {
        paired: true,
        hubUrl,
        account: paired.data.account,
        hub: paired.data.hub,
        deviceName: deviceName.trim(),
        pairedAt: now().toISOString(),
      };
      secrets.write(JSON.stringify({ token: paired.data.token, pairing }));
      notify(pairing);
      return { ok: true, pairing, nextSeq: paired.data.nextSeq };
    },

    unpair() {
      secrets.remove();
      const pairing: HubPairing = { paired: false };
      notify(pairing);
      return pairing;
    },

    send(endpoint, body) {
      const current = kept();
      if (current === undefined) return Promise.reject(new Error('this workstation is not paired with an office hub: pair it on the Sync page first'));
      return createHttpHubTransport({ hubUrl: current.pairing.hubUrl, token: current.token, fetch }).send(endpoint, body);
    },

    onChanged(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
