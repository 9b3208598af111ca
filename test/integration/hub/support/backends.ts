import { rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { HubOptions } from '../../../../electron/hub/startHub';
import { freshPgliteDataDir } from './pgliteTemplate';

/** Empty storage for one test hub, and how to throw it away after the hub closed. */
export interface HubStorage {
  options: Pick<HubOptions, 'dataDir' | 'databaseUrl'>;
  dispose(): Promise<void>;
}

/** A database the hub suite runs against. */
export interface HubBackend {
  name: 'PGlite' | 'PostgreSQL';
  /** Several hub processes may serve the same storage (PostgreSQL), or only one (PGlite). */
  shared: boolean;
  freshStorage(): Promise<HubStorage>;
}

const pglite: HubBackend = {
  name: 'PGlite',
  shared: false,
  async freshStorage() {
    const dataDir = await freshPgliteDataDir();
    return { options: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  },
};

/** A fresh database on the server of `DATABASE_URL` for each hub, dropped afterwards. */
function postgres(serverUrl: string): HubBackend {
  return {
    name: 'PostgreSQL',
    shared: true,
    async freshStorage() {
      const name = `hub_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        options: { databaseUrl: url.toString() },
        async dispose() {
          const cleanup = new pg.Client({ connectionString: serverUrl });
          await cleanup.connect();
          await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await cleanup.end();
        },
      };
    },
  };
}

/** PostgreSQL's URL for this run, when a server was provided. */
export const POSTGRES_URL = process.env.DATABASE_URL || undefined;

/** The backends this run can reach: PGlite always, PostgreSQL when `DATABASE_URL` is set. */
export const HUB_BACKENDS: HubBackend[] = POSTGRES_URL ? [pglite, postgres(POSTGRES_URL)] : [pglite];
