import type { HubReply, HubSyncEndpoint, HubTransport } from '../../../../shared/sync/hubTransport';

/**
 * What goes wrong with one request:
 * - `dropBefore`: the connection drops before the request reaches the hub (nothing happened there);
 * - `dropAfter`: the hub handles the request (a push commits) but the reply is lost;
 * - `duplicate`: the request reaches the hub twice (a proxy retried it); the laptop gets the second reply;
 * - `overloaded`: the hub answers 503 without handling it.
 */
export type Fault = 'dropBefore' | 'dropAfter' | 'duplicate' | 'overloaded';

/** A transport that injects the fault `plan` picks for each request (undefined: none). */
export class FaultyTransport implements HubTransport {
  readonly sent: Array<{ endpoint: HubSyncEndpoint; fault?: Fault }> = [];

  constructor(
    private readonly inner: HubTransport,
    private readonly plan: (endpoint: HubSyncEndpoint, body: unknown) => Fault | undefined,
  ) {}

  async send(endpoint: HubSyncEndpoint, body: unknown): Promise<HubReply> {
    const fault = this.plan(endpoint, body);
    this.sent.push({ endpoint, fault });
    switch (fault) {
      case 'dropBefore':
        throw new Error(`connection dropped before ${endpoint} reached the hub`);
      case 'dropAfter':
        await this.inner.send(endpoint, body);
        throw new Error(`connection dropped before the hub's ${endpoint} reply arrived`);
      case 'duplicate':
        await this.inner.send(endpoint, body);
        return this.inner.send(endpoint, body);
      case 'overloaded':
        return { status: 503, body: { error: { code: 'internal', message: 'overloaded (injected)' } } };
      default:
        return this.inner.send(endpoint, body);
    }
  }
}
