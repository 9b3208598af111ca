import type { EventChannel, EventPayload } from '../../../shared/ipc/channels';
import type { Unsubscribe } from '../../../shared/ipc/steelDeskApi';
import { validateEventPayload } from '../../../shared/ipc/validateEventPayload';

type Listener = (payload: unknown) => void;

/** Contract events inside one page: what main's broadcast is in Electron. */
export class LocalEvents {
  readonly #listeners = new Map<EventChannel, Set<Listener>>();

  on(channel: EventChannel, listener: Listener): Unsubscribe {
    const listeners = this.#listeners.get(channel) ?? new Set<Listener>();
    this.#listeners.set(channel, listeners);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  /** Validates the payload against the contract, then calls every listener of the channel. */
  emit<C extends EventChannel>(channel: C, payload: EventPayload<C>): void {
    const validated = validateEventPayload(channel, payload);
    for (const listener of [...(this.#listeners.get(channel) ?? [])]) listener(validated);
  }
}
