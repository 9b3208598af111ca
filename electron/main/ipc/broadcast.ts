import type { WebContents } from 'electron';
import type { EventChannel, EventPayload } from '../../../shared/ipc/channels';
import { validateEventPayload } from '../../../shared/ipc/validateEventPayload';

/** Pushes a contract event, validated once, to every given web contents still alive. */
export function broadcast<C extends EventChannel>(
  targets: Iterable<Pick<WebContents, 'send' | 'isDestroyed'>>,
  channel: C,
  payload: EventPayload<C>,
): void {
  const validated = validateEventPayload(channel, payload);
  for (const contents of targets) {
    if (!contents.isDestroyed()) contents.send(channel, validated);
  }
}
