import type { TableName } from '../model/tables';

/** The stage a running sync is in, for the progress bar. */
export type SyncPhase = 'connecting' | 'pushing' | 'pulling' | 'done';

/**
 * Progress of a running sync. `up` counts outbox mutations acknowledged out of those waiting when
 * the sync started; `down` counts pulled changes saved, out of the hub's estimate (`downTotal`
 * is unknown until the first page says how far the hub's version is).
 */
export interface SyncProgress {
  phase: SyncPhase;
  upDone: number;
  upTotal: number;
  downDone: number;
  downTotal?: number;
}

/** A mutation the hub can never apply: acknowledged so it does not block the queue, and shown. */
export interface RejectedMutation {
  seq: number;
  table: TableName;
  recordId: string;
  reason: string;
}

/** What one sync did, kept as "the last sync" on the Sync page. */
export interface SyncReport {
  startedAt: string;
  finishedAt: string;
  /** `ok`: pushed and caught up; `failed`: stopped early, `error` says why (what was done is kept). */
  outcome: 'ok' | 'failed';
  pushed: number;
  duplicates: number;
  /** Values of ours that lost to newer ones at the hub (they are in the office's conflict log). */
  conflicts: number;
  rejected: RejectedMutation[];
  pulled: number;
  /** Pulled changes per table. */
  pulledByTable: Partial<Record<TableName, number>>;
  error?: { code: string; message: string };
}
