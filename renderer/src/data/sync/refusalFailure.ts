import type { HubSyncEndpoint } from '../../../../shared/sync/hubTransport';
import type { HubRefusal } from './hubCaller';
import { SyncFailure } from './syncFailure';

/** A refusal the engine cannot recover from by itself, in words that say which request and why. */
export function refusalFailure(endpoint: HubSyncEndpoint, refusal: HubRefusal): SyncFailure {
  const where = refusal.path ? ` (at ${refusal.path})` : '';
  return new SyncFailure(refusal.code, `the office hub refused ${endpoint}: ${refusal.message}${where}`);
}
