import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Held while a hub process owns a PGlite data directory. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface LockHolder {
  pid: number;
  host: string;
}

/**
 * Take the data directory's lock file, refusing when another live process holds it: PGlite is a
 * single-process database and two writers would corrupt it. A lock left by a process that is gone
 * (a crash) is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'hub.lock');
  // Written aside then hard-linked into place: the link is atomic and fails if the lock exists,
  // so a reader never sees a half-written lock file.
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  try {
    for (;;) {
      try {
        linkSync(draft, path);
        return { path, release: () => rmSync(path, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(path);
      if (holder && (holder.host !== hostname() || isAlive(holder.pid))) {
        throw new Error(
          `hub data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (lock file ${path}); ` +
            'stop that hub first, or delete the lock file if that process is gone',
        );
      }
      rmSync(path, { force: true });
    }
  } finally {
    rmSync(draft, { force: true });
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : undefined;
  } catch {
    // Not ours to judge: a lock we cannot read is treated as stale.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
