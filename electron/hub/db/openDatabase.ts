import type { Database } from './database';
import { openPgliteDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';

/** Where the hub keeps its data: a PGlite data directory, or a PostgreSQL server. */
export type DatabaseTarget = { dataDir: string } | { databaseUrl: string };

export function openDatabase(target: DatabaseTarget): Promise<Database> {
  return 'databaseUrl' in target ? openPostgresDatabase(target.databaseUrl) : openPgliteDatabase(target.dataDir);
}
