import type { Database } from '../db/database';
import { purgeExpired } from './retention';

/**
 * The hub's periodic housekeeping: forget expired tombstones (see `purgeExpired`), then refresh
 * the planner's statistics. PGlite runs no autovacuum, and without statistics PostgreSQL plans
 * the scope and dependents queries as full scans.
 */
export async function runMaintenance(db: Database, tombstoneCutoffMs: number): Promise<void> {
  await purgeExpired(db, tombstoneCutoffMs);
  await db.exec('ANALYZE');
}
