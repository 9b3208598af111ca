import type { z } from 'zod';
import type { HubSyncEndpoint, HubTransport } from '../../../../shared/sync/hubTransport';
import { SyncErrorBodySchema, type SyncErrorBody } from '../../../../shared/sync/syncError';
import { retryDelayMs } from './retryDelay';
import { SyncFailure } from './syncFailure';

/** A refusal from the hub (4xx other than 429): it changed nothing, and retrying will not help. */
export type HubRefusal = SyncErrorBody['error'];

export type HubAnswer<T> = { ok: true; reply: T } | { ok: false; refusal: HubRefusal };

export interface HubCallerOptions {
  wait: (ms: number, signal?: AbortSignal) => Promise<void>;
  maxAttempts: number;
  signal?: AbortSignal;
}

/**
 * Sends protocol requests through the transport, retrying with exponential backoff when no reply
 * came (offline, dropped connection) or the hub was overloaded or failed (429, 5xx): a refused
 * request changed nothing and every sync request may be sent again. Replies are checked against
 * the protocol's schemas; refusals come back as values for the engine to handle.
 */
export class HubCaller {
  constructor(
    private readonly transport: HubTransport,
    private readonly options: HubCallerOptions,
  ) {}

  async call<S extends z.ZodType>(endpoint: HubSyncEndpoint, body: unknown, schema: S): Promise<HubAnswer<z.output<S>>> {
    for (let attempt = 1; ; attempt++) {
      this.throwIfCancelled();
      let problem: string;
      try {
        const { status, body: replyBody } = await this.transport.send(endpoint, body);
        if (status >= 200 && status < 300) return { ok: true, reply: parseReply(endpoint, schema, replyBody) };
        const refusal = SyncErrorBodySchema.safeParse(replyBody);
        if (status !== 429 && status < 500) {
          if (!refusal.success) throw new SyncFailure('bad_reply', `the hub answered ${endpoint} with HTTP ${status} and a body that is not a sync error`);
          return { ok: false, refusal: refusal.data.error };
        }
        problem = `HTTP ${status}${refusal.success ? `: ${refusal.data.error.message}` : ''}`;
      } catch (error) {
        if (error instanceof SyncFailure) throw error;
        problem = error instanceof Error ? error.message : String(error);
      }
      if (attempt >= this.options.maxAttempts) {
        throw new SyncFailure('hub_unreachable', `the office hub did not complete ${endpoint} after ${attempt} attempts (last: ${problem}); nothing is lost, sync again later`);
      }
      await this.options.wait(retryDelayMs(attempt), this.options.signal);
    }
  }

  throwIfCancelled(): void {
    if (this.options.signal?.aborted) throw new SyncFailure('cancelled', 'the sync was cancelled; what was already sent or received is kept');
  }
}

function parseReply<S extends z.ZodType>(endpoint: HubSyncEndpoint, schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncFailure('bad_reply', `the hub's ${endpoint} reply is not the protocol's: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}
