/** What the hub's SQL runs on: a connection, a pool or an open transaction. */
export interface Queryable {
  /** One statement with `$1`-style parameters; rows come back with int8 parsed as number. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The hub's one data-access layer over PostgreSQL: PGlite in a data directory or a PostgreSQL
 * server. Everything above it writes the same SQL for both.
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs (a directory, or the server URL without its password). */
  readonly location: string;
  /** Runs `work` in one READ COMMITTED transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs `work` in one read-only REPEATABLE READ transaction: every query sees the same snapshot. */
  snapshot<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
