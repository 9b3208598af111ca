import type { SyncErrorCode } from '../../../../shared/sync/syncError';

/**
 * Why a sync stopped early, as it goes into `SyncReport.error`: a code the hub gave
 * (`hub_changed`, `schema_mismatch`, `unauthorized`, ...) or one of the laptop's own:
 * `hub_unreachable` (no reply after every retry), `bad_reply` (a reply that is not the
 * protocol's), `not_paired`, `not_syncable` (the demo book), `cancelled`, `internal`.
 */
export type SyncFailureCode = SyncErrorCode | 'hub_unreachable' | 'bad_reply' | 'not_paired' | 'not_syncable' | 'cancelled' | 'internal';

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncFailure';
  }
}
