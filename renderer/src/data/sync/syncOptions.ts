import { MAX_PULL_LIMIT } from '../../../../shared/sync/pull';
import type { SyncProgress } from '../../../../shared/sync/syncReport';
import type { PageHooks } from '../pulledPage';

/** Test seams at the points where a laptop may crash mid-sync (throwing there is the crash). */
export interface SyncHooks extends PageHooks {
  /** After a push reply arrived and before its entries leave the outbox. */
  afterPushReply?(): void;
}

export interface SyncOptions {
  onProgress?: (progress: SyncProgress) => void;
  /** Stops the sync between requests (what is saved stays saved); the report says `cancelled`. */
  signal?: AbortSignal;
  /** Waits before a retry; a timer by default (tests pass one that returns at once). */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Attempts per request before giving up on an unreachable or failing hub. Default 6. */
  maxAttempts?: number;
  /** Changes per pulled page. Default 5000 (the protocol's most). */
  pullLimit?: number;
  /** Mutations per push. Default 1000 (halved when the hub finds a push too large). */
  pushLimit?: number;
  /** The clock of the report's timestamps. */
  now?: () => Date;
  hooks?: SyncHooks;
}

export const DEFAULT_MAX_ATTEMPTS = 6;
export const DEFAULT_PULL_LIMIT = MAX_PULL_LIMIT;
export const DEFAULT_PUSH_LIMIT = 1000;
