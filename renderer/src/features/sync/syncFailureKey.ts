import type { SyncReport } from '../../../../shared/sync/syncReport';

/** The failures the Sync page explains in its own words; any other shows the engine's message under `other`. */
const EXPLAINED = ['hub_unreachable', 'unauthorized', 'not_paired', 'hub_changed', 'schema_mismatch'] as const;

/** The i18n key that explains why a sync stopped. */
export function syncFailureKey(error: NonNullable<SyncReport['error']>): `sync.failure.${(typeof EXPLAINED)[number] | 'other'}` {
  const code = (EXPLAINED as readonly string[]).includes(error.code) ? (error.code as (typeof EXPLAINED)[number]) : 'other';
  return `sync.failure.${code}`;
}
