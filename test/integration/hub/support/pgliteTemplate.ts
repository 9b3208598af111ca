import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

// Creating a PGlite cluster runs initdb in WebAssembly (seconds); copying a fresh, empty one takes
// a fraction of that. The template is an untouched cluster (the hub still migrates it), built once
// per machine and PGlite version and shared by the test workers.
const PGLITE_VERSION = '0.5.16';
const TEMPLATE = join(tmpdir(), `steeldesk-hub-test-pglite-${PGLITE_VERSION}`);

async function ensureTemplate(): Promise<void> {
  if (existsSync(join(TEMPLATE, 'PG_VERSION'))) return;
  const draft = `${TEMPLATE}.draft-${process.pid}-${Date.now()}`;
  const pglite = await PGlite.create(draft);
  await pglite.query('CHECKPOINT');
  await pglite.close();
  try {
    renameSync(draft, TEMPLATE);
  } catch {
    // Another worker finished first: its template is as good as ours.
    rmSync(draft, { recursive: true, force: true });
  }
}

/** A new hub data directory holding an empty PGlite cluster in `pgdata`. */
export async function freshPgliteDataDir(): Promise<string> {
  await ensureTemplate();
  const dataDir = mkdtempSync(join(tmpdir(), 'steeldesk-hub-'));
  cpSync(TEMPLATE, join(dataDir, 'pgdata'), { recursive: true });
  return dataDir;
}
