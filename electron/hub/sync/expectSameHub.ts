import { sameHub, type HubIdentity } from '../../../shared/sync/hubIdentity';
import { HubError } from '../hubError';

/** Refuse a client that last synced with another hub or another epoch of this one. */
export function expectSameHub(current: HubIdentity, seen: HubIdentity): void {
  if (sameHub(current, seen)) return;
  throw new HubError(
    'hub_changed',
    `hub changed: this is hub ${current.id} epoch ${current.epoch}, but you last synced with hub ${seen.id} epoch ${seen.epoch} ` +
      '(replaced or restored from a backup); resynchronise',
    { hub: current },
  );
}
