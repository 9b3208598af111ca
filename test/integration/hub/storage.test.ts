import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { parseHubCli } from '../../../electron/hub/cliOptions';
import { migrate } from '../../../electron/hub/db/migrate';
import { MIGRATIONS } from '../../../electron/hub/db/migrations';
import { openDatabase } from '../../../electron/hub/db/openDatabase';
import { startHub } from '../../../electron/hub/startHub';
import { HUB_BACKENDS, POSTGRES_URL } from './support/backends';
import { callHub } from './support/hubHttp';
import { freshPgliteDataDir } from './support/pgliteTemplate';
import { HUB_HOOK_TIMEOUT_MS, hubForSuite } from './support/testHub';

const CLI = ['--import', 'tsx', 'electron/hub/cli.ts'];
/** The CLI prefers DATABASE_URL over --data: these runs are about the data directory. */
const CLI_ENV = { ...process.env, DATABASE_URL: '' };

describe('PostgreSQL backend', () => {
  it(POSTGRES_URL ? 'runs: DATABASE_URL is set' : 'not run (no DATABASE_URL)', () => {
    // Say it plainly in the run's output rather than skipping silently.
    console.log(POSTGRES_URL ? 'PostgreSQL backend: run against DATABASE_URL' : 'PostgreSQL backend: not run (no DATABASE_URL)');
    expect(HUB_BACKENDS.map((b) => b.name)).toEqual(POSTGRES_URL ? ['PGlite', 'PostgreSQL'] : ['PGlite']);
  });
});

describe.each(HUB_BACKENDS)('hub migrations on $name', (backend) => {
  it('records each step once and refuses a database newer than the hub', async () => {
    const storage = await backend.freshStorage();
    const target = storage.options.databaseUrl ? { databaseUrl: storage.options.databaseUrl } : { dataDir: storage.options.dataDir! };
    const db = await openDatabase(target);
    try {
      expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(db)).toEqual([]);
      expect(await db.query('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
      await db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
      await expect(migrate(db)).rejects.toThrow('the hub database has schema version 999, newer than this hub knows (1): update the hub');
    } finally {
      await db.close();
      await storage.dispose();
    }
  }, HUB_HOOK_TIMEOUT_MS);
});

describe('PGlite data directory', () => {
  const pglite = HUB_BACKENDS.find((b) => b.name === 'PGlite')!;
  const hub = hubForSuite(pglite);

  it('refuses a second hub on the same directory, in this process or another, and says who holds it', async () => {
    const dataDir = hub().storage.options.dataDir!;
    const message = `hub data directory ${dataDir} is in use by process ${process.pid} on ${hostname()}`;
    await expect(startHub({ dataDir, port: 0 })).rejects.toThrow(message);

    const second = spawnSync(process.execPath, [...CLI, '--data', dataDir, '--port', '0', '--host', '127.0.0.1'], { encoding: 'utf8', timeout: 60_000, env: CLI_ENV });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`hub: could not start: ${message}`);
    // The refused attempts left the running hub and its lock alone.
    expect(existsSync(join(dataDir, 'hub.lock'))).toBe(true);
    expect((await callHub(hub().url, '/v1/health')).status).toBe(200);
  }, 90_000);

  it('takes over the lock of a hub process that is gone', async () => {
    const dataDir = await freshPgliteDataDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dataDir, 'hub.lock'), JSON.stringify({ pid: Number(gone.stdout), host: hostname() }));
    const hub = await startHub({ dataDir, port: 0 });
    await hub.close();
    expect(existsSync(join(dataDir, 'hub.lock'))).toBe(false);
  }, HUB_HOOK_TIMEOUT_MS);

  it('npm run hub: prints where it listens and the office token, then closes cleanly on SIGTERM', async () => {
    const dataDir = await freshPgliteDataDir();
    const child = spawn(process.execPath, [...CLI, '--data', dataDir, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'], env: CLI_ENV });
    const lines: string[] = [];
    const waiters: Array<{ pattern: RegExp; resolve: (match: RegExpExecArray) => void }> = [];
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      for (const waiter of waiters) {
        const match = waiter.pattern.exec(line);
        if (match) waiter.resolve(match);
      }
    });
    /** The first stdout line matching `pattern` (printed already or still to come). */
    const lineMatching = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const seen = lines.map((line) => pattern.exec(line)).find(Boolean);
        if (seen) resolve(seen);
        waiters.push({ pattern, resolve });
        void exited.then(() => reject(new Error(`the hub exited before printing ${pattern}:\n${lines.join('\n')}`)));
      });
    try {
      const url = (await lineMatching(/listening on (http:\/\/\S+)/))[1]!;
      const token = (await lineMatching(/^\s+(sdo\.\S+)$/))[1]!;
      expect((await callHub(url, '/v1/admin/devices', { token })).status).toBe(200);
      expect(existsSync(join(dataDir, 'hub.lock'))).toBe(true);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(lines).toContain('hub: closed');
      expect(existsSync(join(dataDir, 'hub.lock'))).toBe(false);
    } finally {
      // A failed assertion must not leave the hub running.
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});

describe('hub command line', () => {
  it('uses DATABASE_URL over --data, listens on the office network by default, and refuses a bad port', () => {
    expect(parseHubCli(['--data', '/srv/hub'], {})).toEqual({
      help: false,
      options: { dataDir: '/srv/hub', host: '0.0.0.0', port: 8787, newOfficeToken: false, restoredFromBackup: false },
    });
    expect(parseHubCli(['--data', '/srv/hub', '--restored', '--port', '0'], { DATABASE_URL: 'postgres://db/hub' })).toEqual({
      help: false,
      options: { databaseUrl: 'postgres://db/hub', host: '0.0.0.0', port: 0, newOfficeToken: false, restoredFromBackup: true },
    });
    expect(() => parseHubCli(['--port', 'eighty'], {})).toThrow('--port must be a whole number 0-65535 (got "eighty")');
    expect(() => parseHubCli(['--verbose'], {})).toThrow(/verbose/);
  });
});
