/** One step of the hub's schema. Append new steps; never edit one that has shipped. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The hub's tables:
 * - `hub_meta`: the hub's identity (id, epoch) and the retention floor (cursors below it resync).
 * - `hub_counter`: the one version counter; every write transaction locks it first.
 * - `records`: every synced record, current state only: fields (`data`), per-field `stamps`,
 *   tombstone, the version of its last change, and who may see it (`scope`: broker ids, NULL for
 *   company-wide) derived from the customers it hangs off (`owners`, `parent_deal`).
 * - `scope_exits`: "remove locally" notices for a broker a record moved away from.
 * - `conflicts`, `rejections`: every losing value and every refused mutation, for the office.
 * - `devices`, `pairing_codes`, `office_tokens`: access; only hashes of secrets are stored.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sync tables',
    sql: `
      CREATE TABLE hub_meta (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        hub_id text NOT NULL,
        epoch integer NOT NULL,
        retention_floor bigint NOT NULL DEFAULT 0,
        created_at_ms bigint NOT NULL
      );
      CREATE TABLE hub_counter (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL
      );
      INSERT INTO hub_counter (version) VALUES (0);

      CREATE TABLE records (
        tbl text NOT NULL,
        id text NOT NULL,
        data jsonb NOT NULL,
        stamps jsonb NOT NULL,
        hlc text NOT NULL,
        device_id text NOT NULL,
        deleted smallint NOT NULL CHECK (deleted IN (0, 1)),
        deleted_at_ms bigint,
        version bigint NOT NULL,
        scope text[],
        owners text[] NOT NULL,
        parent_deal text,
        PRIMARY KEY (tbl, id)
      );
      CREATE UNIQUE INDEX records_version ON records (version);
      CREATE INDEX records_owners ON records USING gin (owners);
      CREATE INDEX records_parent_deal ON records (parent_deal) WHERE parent_deal IS NOT NULL;
      CREATE INDEX records_tombstone_age ON records (deleted_at_ms) WHERE deleted = 1;

      CREATE TABLE scope_exits (
        broker_id text NOT NULL,
        tbl text NOT NULL,
        id text NOT NULL,
        version bigint NOT NULL,
        at_ms bigint NOT NULL,
        PRIMARY KEY (broker_id, version)
      );
      CREATE INDEX scope_exits_age ON scope_exits (at_ms);

      CREATE TABLE conflicts (
        id bigserial PRIMARY KEY,
        tbl text NOT NULL,
        record_id text NOT NULL,
        field text NOT NULL,
        kind text NOT NULL,
        kept_value jsonb,
        kept_stamp text NOT NULL,
        lost_value jsonb,
        lost_stamp text NOT NULL,
        lost_device text NOT NULL,
        at_ms bigint NOT NULL
      );
      CREATE TABLE rejections (
        device_id text NOT NULL,
        seq bigint NOT NULL,
        tbl text,
        record_id text,
        reason text NOT NULL,
        mutation jsonb NOT NULL,
        at_ms bigint NOT NULL,
        PRIMARY KEY (device_id, seq)
      );

      CREATE TABLE devices (
        id text PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('broker', 'office')),
        broker_id text,
        token_hash text NOT NULL,
        applied_seq bigint NOT NULL DEFAULT 0,
        paired_at_ms bigint NOT NULL,
        last_seen_ms bigint,
        revoked_at_ms bigint
      );
      CREATE TABLE pairing_codes (
        code_hash text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('broker', 'office')),
        broker_id text,
        created_at_ms bigint NOT NULL,
        expires_at_ms bigint NOT NULL,
        used_at_ms bigint,
        used_by text
      );
      CREATE TABLE office_tokens (
        id text PRIMARY KEY,
        token_hash text NOT NULL,
        created_at_ms bigint NOT NULL,
        revoked_at_ms bigint
      );
    `,
  },
];
