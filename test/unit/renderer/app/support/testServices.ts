import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { AppServices, BookContents } from '../../../../../renderer/src/app/AppServices';
import { inThreadInsightRunner } from '../../../../../renderer/src/app/book/insights';
import type { SettingsPort } from '../../../../../renderer/src/app/settings/SettingsPort';
import { deleteBook, openBook, type Book, type BookName } from '../../../../../renderer/src/data';
import { createWebBridge } from '../../../../../renderer/src/bridge/webBridge';
import { loadBookContents } from '../../../../../renderer/src/features/settings/loadBookContents';
import type { SyncServices } from '../../../../../renderer/src/features/sync/syncServices';
import type { SignalledFetch } from '../../../../../shared/ipc/timedHubFetch';
import { applySettingsPatch } from '../../../../../shared/settings/applySettingsPatch';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/settings/settings';
import { FakeOrigin } from '../../features/print/support/fakeBrowserPrinting';

/** 2026-11-23 10:00 in Shanghai. */
export const NOW = new Date('2026-11-23T02:00:00Z');

/** An in-memory settings service with the same validation and change events as the real ones. */
export class MemorySettings implements SettingsPort {
  private listeners = new Set<(settings: Settings) => void>();

  constructor(public current: Settings) {}

  async get(): Promise<Settings> {
    return this.current;
  }

  async update(patch: unknown): Promise<Settings> {
    this.current = applySettingsPatch(this.current, patch);
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  onChanged(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A Storage in memory (the web bridge's localStorage, private to one test world). */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

const noHub: SignalledFetch = () => Promise.reject(new TypeError('Failed to fetch'));

/**
 * Sync services over the web bridge (its real hub connection and pairing logic) with `hubFetch`
 * playing the hub (by default none answers), and an engine that must be given when a test syncs.
 */
function testSync(hubFetch: SignalledFetch, overrides: Partial<SyncServices>): SyncServices {
  const bridge = createWebBridge({ storage: new MemoryStorage(), window: { open: () => null, addEventListener: () => undefined }, fetch: hubFetch, version: 'test', platform: 'test', printing: new FakeOrigin().tab() });
  const noEngine = () => Promise.reject(new Error('this test gave no sync engine'));
  return { hub: bridge.hub, office: bridge.office, syncBook: noEngine, acceptHubChange: noEngine, ...overrides };
}

export interface TestWorld {
  services: AppServices;
  settings: MemorySettings;
  /** Opens a book on the same private IndexedDB the app uses (close it after). */
  open(name: BookName): Promise<Book>;
}

/**
 * Services for one test: a private fake IndexedDB, in-memory settings (first run done, main book
 * open, unless overridden), a fixed clock, `demo` as the demo book's contents, and sync services
 * whose hub is `hubFetch` (none by default) with any of them overridden by `sync`.
 */
export function testWorld(
  options: { settings?: Partial<Settings>; demo?: BookContents; hubFetch?: SignalledFetch; sync?: Partial<SyncServices> } = {},
): TestWorld {
  const idb = { indexedDB: new IDBFactory(), IDBKeyRange };
  const settings = new MemorySettings({ ...DEFAULT_SETTINGS, firstRunDone: true, ...options.settings });
  const open = (name: BookName) => openBook(name, idb);
  return {
    settings,
    open,
    services: {
      settings,
      books: { open, remove: (name) => deleteBook(name, idb) },
      generateDemoBook: () => options.demo ?? {},
      now: () => NOW,
      sync: testSync(options.hubFetch ?? noHub, options.sync ?? {}),
      insightRunner: inThreadInsightRunner,
    },
  };
}

/** Writes `contents` into the named book of the world through the repository. */
export async function seed(world: TestWorld, name: BookName, contents: BookContents): Promise<void> {
  const book = await world.open(name);
  try {
    await loadBookContents(book.repository, contents, () => {});
  } finally {
    book.close();
  }
}
