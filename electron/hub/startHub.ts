import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { uuidv7 } from '../../shared/ids/uuidv7';
import { HybridClock } from '../../shared/sync/hlc';
import type { HubIdentity } from '../../shared/sync/hubIdentity';
import { issueToken } from './auth/secrets';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openDatabase } from './db/openDatabase';
import { createHubApp } from './http/createHubApp';
import { RateLimiter, type RateLimit } from './http/rateLimiter';
import { refuseOversizedBodies } from './http/refuseOversizedBodies';
import { ensureIdentity, startNewEpoch } from './store/hubHead';
import { hasOfficeToken, saveOfficeToken } from './store/officeTokens';
import { runMaintenance } from './store/maintenance';

const DAY_MS = 86_400_000;

export interface HubOptions {
  /** PGlite data directory: the embedded default. */
  dataDir?: string;
  /** A PostgreSQL server; used instead of `dataDir` when given. */
  databaseUrl?: string;
  /** Default 127.0.0.1; `0.0.0.0` to serve the office network. */
  host?: string;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** The hub's clock (tests inject one). */
  now?: () => number;
  /** Client stamps more than this ahead of hub time are clamped. Default 5 minutes. */
  clockWindowMs?: number;
  /** The longest a laptop may stay offline and still sync incrementally; tombstones are kept twice as long. Default 30 days. */
  maxOfflineDays?: number;
  /** How long a pairing code stays valid. Default 15 minutes. */
  pairingCodeTtlMs?: number;
  /** Largest request body. Default 5 MB. */
  bodyLimitBytes?: number;
  /** Per device (and per address for pairing). Default 20 per second, bursts of 60. */
  rateLimit?: RateLimit;
  /** Create another office token even though one exists (lost token). */
  newOfficeToken?: boolean;
  /** The database was just restored from a backup: start a new epoch so every client resynchronises. */
  restoredFromBackup?: boolean;
  /** Browser origins allowed to call the API (CORS), e.g. `http://127.0.0.1:4173`; `*` for any. Default none. */
  corsOrigins?: readonly string[];
  /** Where internal errors are reported. Default stderr. */
  log?: (line: string) => void;
}

export interface RunningHub {
  /** Base URL, e.g. `http://127.0.0.1:8787` (the API is under `/v1`). */
  url: string;
  identity: HubIdentity;
  /** Where the data lives: the data directory or the server URL without password. */
  storage: string;
  /** Set only when this start created an office token (first start, or `newOfficeToken`): show it once. */
  officeToken?: string;
  close(): Promise<void>;
}

/**
 * Start the office hub: open and migrate the database, make sure it has an identity and an office
 * token, forget expired tombstones and refresh statistics (now and hourly), and serve HTTP. The Electron main process
 * calls this in office mode; `npm run hub` calls it headless.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));
  if (!options.databaseUrl && !options.dataDir) throw new Error('startHub needs a data directory (dataDir) or a PostgreSQL URL (databaseUrl)');
  const db = await openDatabase(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir! });
  try {
    await migrate(db);
    let identity = await ensureIdentity(db, uuidv7(now()), now());
    if (options.restoredFromBackup) identity = await startNewEpoch(db);
    const officeToken = await ensureOfficeToken(db, options.newOfficeToken ?? false, now());

    const retentionMs = 2 * (options.maxOfflineDays ?? 30) * DAY_MS;
    const maintain = () => runMaintenance(db, now() - retentionMs);
    await maintain();
    const maintenanceTimer = setInterval(() => maintain().catch((error: Error) => log(`hub: maintenance failed: ${error.message}`)), DAY_MS / 24);
    maintenanceTimer.unref();

    const bodyLimitBytes = options.bodyLimitBytes ?? 5 * 1024 * 1024;
    const app = createHubApp({
      db,
      now,
      clockWindowMs: options.clockWindowMs ?? 5 * 60_000,
      pairingCodeTtlMs: options.pairingCodeTtlMs ?? 15 * 60_000,
      bodyLimitBytes,
      hubClock: new HybridClock(`hub-${randomBytes(4).toString('hex')}`, now),
      limiter: new RateLimiter(options.rateLimit ?? { perSecond: 20, burst: 60 }, now),
      corsOrigins: options.corsOrigins ?? [],
      log,
    });
    const host = options.host ?? '127.0.0.1';
    const server = createServer(refuseOversizedBodies(getRequestListener(app.fetch), bodyLimitBytes));
    await listen(server, options.port ?? 8787, host);
    const { port } = server.address() as AddressInfo;
    const reachableHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

    let closing: Promise<void> | undefined;
    return {
      url: `http://${reachableHost.includes(':') ? `[${reachableHost}]` : reachableHost}:${port}`,
      identity,
      storage: db.location,
      officeToken,
      close: () =>
        (closing ??= (async () => {
          clearInterval(maintenanceTimer);
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          });
          await db.close();
        })()),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** The first start (or an explicit request) creates an office token; only its hash is kept. */
async function ensureOfficeToken(db: Database, forceNew: boolean, nowMs: number): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    // Hub processes starting together on one server must not both create the first token.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [7_401_002]);
    if (!forceNew && (await hasOfficeToken(tx))) return undefined;
    const id = randomBytes(6).toString('hex');
    const issued = issueToken('office', id);
    await saveOfficeToken(tx, { id, hash: issued.hash, nowMs });
    return issued.token;
  });
}
