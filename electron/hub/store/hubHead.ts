import type { HubIdentity } from '../../../shared/sync/hubIdentity';
import type { Queryable } from '../db/database';

/** The hub's identity, its newest version and its retention floor, read together. */
export interface HubHead {
  identity: HubIdentity;
  version: number;
  retentionFloor: number;
}

interface HeadRow {
  hub_id: string;
  epoch: number;
  retention_floor: number;
  version: number;
}

const toHead = (row: HeadRow): HubHead => ({
  identity: { id: row.hub_id, epoch: row.epoch },
  version: row.version,
  retentionFloor: row.retention_floor,
});

function single(rows: HeadRow[]): HubHead {
  const row = rows[0];
  if (!row) throw new Error('the hub database has no identity: it was not initialised');
  return toHead(row);
}

/** The head as committed now (or as of the snapshot of a snapshot transaction). */
export async function readHead(q: Queryable): Promise<HubHead> {
  return single(await q.query<HeadRow>('SELECT m.hub_id, m.epoch, m.retention_floor, c.version FROM hub_meta m, hub_counter c'));
}

/**
 * Lock the one counter row for the rest of the transaction and read the head. Every transaction
 * that writes versions starts here, so they run one at a time and version order is commit order.
 */
export async function lockHead(tx: Queryable): Promise<HubHead> {
  return single(
    await tx.query<HeadRow>(
      `WITH counter AS (UPDATE hub_counter SET version = version RETURNING version)
       SELECT m.hub_id, m.epoch, m.retention_floor, counter.version FROM hub_meta m, counter`,
    ),
  );
}

/** Store the newest version handed out by this transaction (the counter row is locked). */
export async function saveVersion(tx: Queryable, version: number): Promise<void> {
  await tx.query('UPDATE hub_counter SET version = $1', [version]);
}

/** Create the hub's identity on first start; a hub that has one keeps it. */
export async function ensureIdentity(q: Queryable, newId: string, nowMs: number): Promise<HubIdentity> {
  await q.query('INSERT INTO hub_meta (hub_id, epoch, created_at_ms) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING', [newId, nowMs]);
  return (await readHead(q)).identity;
}

/**
 * Start a new epoch: after restoring the database from a backup, the hub may have forgotten
 * writes it acknowledged, so every client must notice and resynchronise.
 */
export async function startNewEpoch(q: Queryable): Promise<HubIdentity> {
  const rows = await q.query<{ hub_id: string; epoch: number }>('UPDATE hub_meta SET epoch = epoch + 1 RETURNING hub_id, epoch');
  const row = rows[0];
  if (!row) throw new Error('the hub database has no identity: it was not initialised');
  return { id: row.hub_id, epoch: row.epoch };
}
