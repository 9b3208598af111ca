import type { HybridClock } from '../../../shared/sync/hlc';
import type { Database } from '../db/database';
import type { RateLimiter } from './rateLimiter';

/** What the HTTP handlers work with; built once per hub process by `startHub`. */
export interface HubServices {
  db: Database;
  /** The hub's wall clock (injectable for tests). */
  now: () => number;
  /** Client stamps further ahead of hub time than this are clamped. */
  clockWindowMs: number;
  pairingCodeTtlMs: number;
  bodyLimitBytes: number;
  /** Stamps the hub's own writes (broker accounts). */
  hubClock: HybridClock;
  limiter: RateLimiter;
  /** Browser origins allowed to call the API (CORS), e.g. the web build's; none by default. */
  corsOrigins: readonly string[];
  log: (line: string) => void;
}
