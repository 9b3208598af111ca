import type { TableName } from '../../../shared/model/tables';
import type { PullReply, PullRequestSchema, RemovedRecord } from '../../../shared/sync/pull';
import type { z } from 'zod';
import type { Database } from '../db/database';
import { HubError } from '../hubError';
import { readHead } from '../store/hubHead';
import { expectSameHub } from './expectSameHub';

interface ChangeRow {
  kind: 'record' | 'remove';
  tbl: TableName;
  id: string;
  /** The record's fields with `id` (as jsonb text); `meta` is added by `changeJson`. */
  record: string | null;
  stamps: string | null;
  hlc: string | null;
  device_id: string | null;
  deleted: 0 | 1 | null;
  version: number;
}

// Records the viewer may see, and the viewer's "remove locally" notices, merged in version order.
// $3 is the viewing broker (NULL for the office, which sees everything and never loses scope).
//
// A page must cost one page, not the rest of the history: each branch takes its first $5 rows by
// an ordered index scan (records_version; scope_exits' primary key), and the outer sort only
// merges those. The upper bound is written `version + 0 <= $2` so that the planner does not pair
// it with `version > $1` into a range: PGlite has no autovacuum, and with stale statistics the
// range looks tiny and PostgreSQL would read and sort every row after the cursor instead.
//
// The JSON comes from PostgreSQL as text and is spliced into the reply as is (see `changeJson`):
// no parsing and re-serialising of every record. `data - 'meta' || {id}` is `{...data, id}`, in
// the key order jsonb gives and the old object spread kept (`id` among the fields, `meta` last).
const CHANGES_SQL = `
  SELECT * FROM (
    (SELECT 'record' AS kind, tbl, id, ((data - 'meta') || jsonb_build_object('id', id))::text AS record,
            stamps::text AS stamps, hlc, device_id, deleted, version
       FROM records
      WHERE version > $1 AND version + 0 <= $2
        AND ($3::text IS NULL OR scope IS NULL OR $3::text = ANY (scope))
        AND ($4::text[] IS NULL OR tbl = ANY ($4::text[]))
      ORDER BY version
      LIMIT $5)
    UNION ALL
    (SELECT 'remove', tbl, id, NULL::text, NULL::text, NULL::text, NULL::text, NULL::smallint, version
       FROM scope_exits
      WHERE $3::text IS NOT NULL AND broker_id = $3::text AND version > $1 AND version <= $2
        AND ($4::text[] IS NULL OR tbl = ANY ($4::text[]))
      ORDER BY version
      LIMIT $5)
  ) changes
  ORDER BY version
  LIMIT $5`;

/** One `PullChange` as JSON text: the same content as `JSON.stringify` of the change object. */
function changeJson(row: ChangeRow): string {
  if (row.kind === 'remove') {
    const removed: RemovedRecord = { kind: 'remove', table: row.tbl, id: row.id, version: row.version };
    return JSON.stringify(removed);
  }
  // `record` is a jsonb object's text, never empty (it holds `id`): reopen it to append `meta`.
  const fields = row.record!.slice(0, -1);
  const meta = `{"stamps":${row.stamps!},"hlc":${JSON.stringify(row.hlc)},"deviceId":${JSON.stringify(row.device_id)},"deleted":${Number(row.deleted)}}`;
  return `{"kind":"record","table":${JSON.stringify(row.tbl)},"version":${Number(row.version)},"record":${fields},"meta":${meta}}}`;
}

/**
 * One page of changes after the cursor for a viewer (a broker id, or null for the office), read
 * from one snapshot: nothing committed later can slip in below the returned cursor. A full page
 * ends at its last change; a short one at the hub's newest version, so the cursor also skips
 * changes the viewer may not see.
 *
 * Returns the `PullReply` as JSON text, ready to send (a page is up to 5000 records: building it
 * from PostgreSQL's JSON text is several times cheaper than parsing and re-serialising it).
 */
export async function pullChanges(db: Database, viewer: string | null, request: z.output<typeof PullRequestSchema>, nowMs: number): Promise<string> {
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
    // The reply's fields in their usual order, the changes spliced in as text.
    const reply: Omit<PullReply, 'changes'> = { hub: head.identity, cursor, hasMore, hubTimeMs: nowMs };
    return `{"hub":${JSON.stringify(reply.hub)},"changes":[${page.map(changeJson).join(',')}],"cursor":${reply.cursor},"hasMore":${reply.hasMore},"hubTimeMs":${reply.hubTimeMs}}`;
  });
}
