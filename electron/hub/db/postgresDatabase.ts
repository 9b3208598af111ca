import pg from 'pg';
import type { Database, Queryable } from './database';

const INT8_OID = 20;

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params?: readonly unknown[]) {
      return (await target.query(sql, params ? [...params] : undefined)).rows as Row[];
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

/** The URL with its password masked, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/**
 * The hub database on a PostgreSQL server (`DATABASE_URL`). Several hub processes may share it:
 * everything that must be serialised is serialised by row locks inside transactions.
 */
export async function openPostgresDatabase(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  // An idle client losing its server connection must not crash the process; the next query reports it.
  pool.on('error', (error) => console.error(`hub: PostgreSQL connection error: ${error.message}`));
  await pool.query('SELECT 1');

  async function inTransaction<T>(begin: string, work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // A client whose ROLLBACK failed is in an unknown state: discard it instead of pooling it.
    let broken: Error | undefined;
    try {
      await client.query(begin);
      const result = await work(queryable(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    kind: 'postgres',
    location: redactUrl(url),
    ...queryable(pool),
    transaction: (work) => inTransaction('BEGIN', work),
    snapshot: (work) => inTransaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', work),
    close: () => pool.end(),
  };
}
