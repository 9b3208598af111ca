import type { Database } from '../db/database';
import { lockHead } from './hubHead';

/**
 * Forget tombstones and "remove locally" notices older than `cutoffMs`, and raise the retention
 * floor to the newest version forgotten: a client whose cursor is below it may have missed one and
 * must resynchronise. Tombstones of customers and deals that live records still hang off are kept,
 * since they decide who may see those records. Returns the floor.
 */
export async function purgeExpired(db: Database, cutoffMs: number): Promise<number> {
  return db.transaction(async (tx) => {
    await lockHead(tx);
    const purged = await tx.query<{ version: number }>(
      `WITH gone_records AS (
         DELETE FROM records r
          WHERE r.deleted = 1 AND r.deleted_at_ms < $1
            AND NOT EXISTS (
              SELECT 1 FROM records d
               WHERE (d.tbl, d.id) <> (r.tbl, r.id) AND (d.owners && ARRAY[r.id] OR d.parent_deal = r.id))
         RETURNING version),
       gone_exits AS (DELETE FROM scope_exits WHERE at_ms < $1 RETURNING version)
       SELECT COALESCE(max(version), 0)::bigint AS version FROM (SELECT version FROM gone_records UNION ALL SELECT version FROM gone_exits) gone`,
      [cutoffMs],
    );
    const rows = await tx.query<{ retention_floor: number }>(
      'UPDATE hub_meta SET retention_floor = GREATEST(retention_floor, $1) RETURNING retention_floor',
      [purged[0]?.version ?? 0],
    );
    return rows[0]!.retention_floor;
  });
}
