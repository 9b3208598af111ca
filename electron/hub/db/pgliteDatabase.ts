import { join } from 'node:path';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { acquireDataDirLock } from './dataDirLock';
import type { Database, Queryable } from './database';

const PARSERS = { [types.INT8]: (text: string) => Number(text) };

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params?: readonly unknown[]) {
      return (await target.query<Row>(sql, params ? [...params] : undefined)).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * The embedded hub database: PGlite (PostgreSQL in WebAssembly) in `<dataDir>/pgdata`, owned by
 * this process through `<dataDir>/hub.lock`. Closing checkpoints, so the next start does not replay
 * the write-ahead log.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  const lock = acquireDataDirLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(join(dataDir, 'pgdata'), { parsers: PARSERS });
  } catch (error) {
    lock.release();
    throw error;
  }
  const direct = queryable(pglite);
  return {
    kind: 'pglite',
    location: dataDir,
    ...direct,
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    snapshot: (work) =>
      pglite.transaction(async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        return work(queryable(tx));
      }),
    async close() {
      try {
        await pglite.query('CHECKPOINT');
        await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}
