import type { Book, BookName, Draft } from '../data';
import type { TableName } from '../../../shared/model';
import type { InsightRunner } from './book/insights/insightRunner';
import type { SettingsPort } from './settings/SettingsPort';
import type { SyncServices } from '../features/sync/syncServices';

/** Records to put into a book, table by table (what the demo generator produces). */
export type BookContents = { readonly [T in TableName]?: readonly Draft<T>[] };

/** Opening and deleting books: the data layer's `openBook` / `deleteBook`, injectable for tests. */
export interface BookService {
  open(name: BookName): Promise<Book>;
  /** Deletes the book's database and all its data. Close it first. */
  remove(name: BookName): Promise<void>;
}

/**
 * Everything the app needs from outside the React tree. `main.tsx` wires the real ones;
 * tests pass fakes (an in-memory IndexedDB, a settings port, a fixed clock, a small demo book).
 */
export interface AppServices {
  settings: SettingsPort;
  books: BookService;
  /** Generates the demo company's records (deterministic). */
  generateDemoBook: () => BookContents;
  /** The wall clock (today's date, "this month"). */
  now: () => Date;
  /** The office hub: pairing, office mode and the sync engine. */
  sync: SyncServices;
  /** Where the customer engines run: a Web Worker in the app, in-thread in jsdom tests. */
  insightRunner: InsightRunner;
}
