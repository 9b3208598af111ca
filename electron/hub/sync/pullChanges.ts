import type { TableName } from '../../../shared/model/tables';
import type { PullChange, PullReply, PullRequestSchema } from '../../../shared/sync/pull';
import type { z } from 'zod';
import type { Database } from '../db/database';
import { HubError } from '../hubError';
import { readHead } from '../store/hubHead';
import { expectSameHub } from './expectSameHub';

interface ChangeRow {
  kind: 'record' | 'remove';
  tbl: TableName;
  id: string;
  data: Record<string, unknown> | null;
  stamps: Record<string, string> | null;
  hlc: string | null;
  device_id: string | null;
  deleted: 0 | 1 | null;
  version: number;
}

// Records the viewer may see, and the viewer's "remove locally" notices, merged in version order.
// $3 is the viewing broker (NULL for the office, which sees everything and never loses scope).
const CHANGES_SQL = `
  SELECT * FROM (
    SELECT 'record' AS kind, tbl, id, data, stamps, hlc, device_id, deleted, version
      FROM records
     WHERE version > $1 AND version <= $2
       AND ($3::text IS NULL OR scope IS NULL OR $3::text = ANY (scope))
       AND ($4::text[] IS NULL OR tbl = ANY ($4::text[]))
    UNION ALL
    SELECT 'remove', tbl, id, NULL::jsonb, NULL::jsonb, NULL::text, NULL::text, NULL::smallint, version
      FROM scope_exits
     WHERE $3::text IS NOT NULL AND broker_id = $3::text AND version > $1 AND version <= $2
       AND ($4::text[] IS NULL OR tbl = ANY ($4::text[]))
  ) changes
  ORDER BY version
  LIMIT $5`;

function toChange(row: ChangeRow): PullChange {
  if (row.kind === 'remove') return { kind: 'remove', table: row.tbl, id: row.id, version: row.version };
  return {
    kind: 'record',
    table: row.tbl,
    version: row.version,
    record: { ...row.data, id: row.id, meta: { stamps: row.stamps!, hlc: row.hlc!, deviceId: row.device_id!, deleted: row.deleted! } },
  };
}

/**
 * One page of changes after the cursor for a viewer (a broker id, or null for the office), read
 * from one snapshot: nothing committed later can slip in below the returned cursor. A full page
 * ends at its last change; a short one at the hub's newest version, so the cursor also skips
 * changes the viewer may not see.
 */
export async function pullChanges(db: Database, viewer: string | null, request: z.output<typeof PullRequestSchema>, nowMs: number): Promise<PullReply> {
  return db.snapshot(async (tx) => {
    const head = await readHead(tx);
    expectSameHub(head.identity, request.hub);
    if (request.cursor > head.version) {
      throw new HubError('hub_changed', `hub changed: cursor ${request.cursor} is ahead of this hub (version ${head.version}); it was restored from a backup: resynchronise`, {
        path: 'cursor',
        hub: head.identity,
      });
    }
    if (request.cursor > 0 && request.cursor < head.retentionFloor) {
      throw new HubError('resync_required', `full resync required: cursor ${request.cursor} is older than the kept tombstones (from version ${head.retentionFloor}); pull again from 0`, {
        path: 'cursor',
      });
    }
    const rows = await tx.query<ChangeRow>(CHANGES_SQL, [request.cursor, head.version, viewer, request.tables ?? null, request.limit + 1]);
    const hasMore = rows.length > request.limit;
    const page = rows.slice(0, request.limit);
    const cursor = hasMore ? page[page.length - 1]!.version : head.version;
    return { hub: head.identity, changes: page.map(toChange), cursor, hasMore, hubTimeMs: nowMs };
  });
}
