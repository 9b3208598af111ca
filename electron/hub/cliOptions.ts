import { parseArgs } from 'node:util';
import type { HubOptions } from './startHub';

export const HUB_USAGE = `Usage: npm run hub -- [--data <dir>] [--host <address>] [--port <n>] [--new-office-token] [--restored] [--cors-origin <origin>...]

  --data <dir>          PGlite data directory (default .hub-data); ignored when DATABASE_URL is set
  --host <address>      address to listen on (default 0.0.0.0: the office network)
  --port <n>            port (default 8787; 0 picks a free one)
  --new-office-token    create and print another office token (the old ones keep working)
  --restored            the database was restored from a backup: start a new epoch so laptops resync
  --cors-origin <origin> a browser origin allowed to call the hub (the web build, e.g. http://127.0.0.1:4173); repeatable; default none
  DATABASE_URL          use this PostgreSQL server instead of PGlite (several hubs may share it)`;

export type CliRequest = { help: true } | { help: false; options: HubOptions };

/** The hub's command line and environment as `startHub` options; throws with a clear message on a bad flag. */
export function parseHubCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliRequest {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'new-office-token': { type: 'boolean' },
      restored: { type: 'boolean' },
      'cors-origin': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return { help: true };
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number 0-65535 (got "${values.port}")`);
  const corsOrigins = values['cors-origin'] ?? [];
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`--cors-origin must be an origin like http://127.0.0.1:4173, without a path (got "${origin}")`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    help: false,
    options: {
      ...(databaseUrl ? { databaseUrl } : { dataDir: values.data ?? '.hub-data' }),
      host: values.host ?? '0.0.0.0',
      port,
      newOfficeToken: values['new-office-token'] ?? false,
      restoredFromBackup: values.restored ?? false,
      ...(corsOrigins.length > 0 && { corsOrigins }),
    },
  };
}
