import type { SyncProgress, SyncReport } from '../../../../shared/sync/syncReport';
import type { Book } from '../openBook';
import type { SyncLink } from '../syncStore';
import type { HubCaller, HubRefusal } from './hubCaller';
import type { SyncHooks } from './syncOptions';

/** What one running sync has counted so far: the counting part of its `SyncReport`. */
export type SyncTally = Pick<SyncReport, 'pushed' | 'duplicates' | 'conflicts' | 'rejected' | 'pulled' | 'pulledByTable'>;

/** Everything a sync step needs: the book, the pairing, the hub, the counters and the progress. */
export interface SyncContext {
  book: Book;
  link: SyncLink;
  hub: HubCaller;
  tally: SyncTally;
  progress: SyncProgress;
  report(progress: Partial<SyncProgress>): void;
  /** Records the hub change (kept for the user's decision) and stops the sync. */
  hubChanged(refusal: Pick<HubRefusal, 'message' | 'hub'>): Promise<never>;
  hooks: SyncHooks;
  pullLimit: number;
  pushLimit: number;
}
