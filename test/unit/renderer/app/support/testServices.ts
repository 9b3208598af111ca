import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { AppServices, BookContents } from '../../../../../renderer/src/app/AppServices';
import { inThreadInsightRunner } from '../../../../../renderer/src/app/book/insights';
import type { SettingsPort } from '../../../../../renderer/src/app/settings/SettingsPort';
import { deleteBook, openBook, type Book, type BookName } from '../../../../../renderer/src/data';
import { loadBookContents } from '../../../../../renderer/src/features/settings/loadBookContents';
import { DEFAULT_SETTINGS, SettingsPatchSchema, SettingsSchema, type Settings } from '../../../../../shared/settings/settings';

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
    const valid = SettingsPatchSchema.parse(patch);
    this.current = SettingsSchema.parse({ ...this.current, ...valid, printer: { ...this.current.printer, ...valid.printer } });
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  onChanged(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface TestWorld {
  services: AppServices;
  settings: MemorySettings;
  /** Opens a book on the same private IndexedDB the app uses (close it after). */
  open(name: BookName): Promise<Book>;
}

/**
 * Services for one test: a private fake IndexedDB, in-memory settings (first run done, main book
 * open, unless overridden), a fixed clock, and `demo` as the demo book's contents.
 */
export function testWorld(options: { settings?: Partial<Settings>; demo?: BookContents } = {}): TestWorld {
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
