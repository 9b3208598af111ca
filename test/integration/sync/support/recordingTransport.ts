import type { HubReply, HubSyncEndpoint, HubTransport } from '../../../../shared/sync/hubTransport';
import type { Mutation } from '../../../../shared/sync/mutation';
import type { PushReply } from '../../../../shared/sync/push';

/** A mutation the hub reported applied, with the hub's time then (its stamps were clamped against it). */
export interface AppliedMutation {
  mutation: Mutation;
  hubTimeMs: number;
}

/**
 * Sits between the hub and any fault injection, so it sees every reply the hub actually gave,
 * including those the laptop never received: which pushed mutations the hub applied.
 */
export class RecordingTransport implements HubTransport {
  readonly applied: AppliedMutation[] = [];
  /** Every mutation the hub did not reject in a reply it gave (applied, or applied before). */
  readonly accepted: Mutation[] = [];

  constructor(private readonly inner: HubTransport) {}

  async send(endpoint: HubSyncEndpoint, body: unknown): Promise<HubReply> {
    const reply = await this.inner.send(endpoint, body);
    if (endpoint === 'push' && reply.status === 200) {
      const { outcomes, hubTimeMs } = reply.body as PushReply;
      const bySeq = new Map((body as { mutations: Mutation[] }).mutations.map((mutation) => [mutation.seq, mutation]));
      for (const outcome of outcomes) {
        const mutation = bySeq.get(outcome.seq)!;
        if (outcome.status === 'applied') this.applied.push({ mutation, hubTimeMs });
        if (outcome.status !== 'rejected') this.accepted.push(mutation);
      }
    }
    return reply;
  }
}
