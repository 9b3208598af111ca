import Dexie from 'dexie';
import { HybridClock } from '../../../shared/sync/hlc';
import { BookDatabase, type IndexedDbDependencies } from './bookDatabase';
import { BookReader } from './bookReader';
import { DealNumberSequence } from './dealNumberSequence';
import { loadDeviceId } from './deviceIdentity';
import { OutboxQueue } from './outboxQueue';
import { Repository } from './repository';
import { SettingsCache } from './settingsCache';
import { SyncStore } from './syncStore';

/** The books of the workstation: the broker's own, and the demo company (never synced). */
export const BOOK_NAMES = ['main', 'demo'] as const;
export type BookName = (typeof BOOK_NAMES)[number];

/** One IndexedDB database per book, so removing the demo book is deleting its database. */
export function bookDatabaseName(name: BookName): string {
  return `steeldesk-${name}`;
}

export interface OpenBookOptions extends IndexedDbDependencies {
  /** Wall clock for HLC stamps (tests pin it). */
  wallClock?: () => number;
}

/** An open book: the only ways to read and write its data. */
export interface Book {
  readonly name: BookName;
  readonly deviceId: string;
  /** Whether this book syncs with the office; the demo book never does. */
  readonly syncs: boolean;
  readonly repository: Repository;
  readonly read: BookReader;
  readonly outbox: OutboxQueue;
  readonly settingsCache: SettingsCache;
  /** Sync bookkeeping (pairing, cursor, last report) and the sync engine's write paths. */
  readonly sync: SyncStore;
  /** Deal confirmation numbers, taken inside the transaction that writes the deal. */
  readonly dealNumbers: DealNumberSequence;
  /** Closes the database connection; the book object is unusable afterwards. */
  close(): void;
}

/**
 * Opens a book, creating or upgrading its database and, the first time, its device id.
 * Several windows may open the same book: they share the device id and the mutation numbering.
 */
export async function openBook(name: BookName, options: OpenBookOptions = {}): Promise<Book> {
  const db = new BookDatabase(bookDatabaseName(name), dependenciesOf(options));
  const deviceId = await loadDeviceId(db);
  return {
    name,
    deviceId,
    syncs: name === 'main',
    repository: new Repository(db, new HybridClock(deviceId, options.wallClock)),
    read: new BookReader(db),
    outbox: new OutboxQueue(db),
    settingsCache: new SettingsCache(db),
    sync: new SyncStore(db),
    dealNumbers: new DealNumberSequence(db, deviceId),
    close: () => db.close(),
  };
}

/** Deletes a book's database and everything in it (e.g. removing the demo book). Close it first. */
export function deleteBook(name: BookName, options: IndexedDbDependencies = {}): Promise<void> {
  return new Dexie(bookDatabaseName(name), dependenciesOf(options)).delete();
}

// Dexie treats a present-but-undefined option as set, so pass only what was given.
function dependenciesOf({ indexedDB, IDBKeyRange }: IndexedDbDependencies): IndexedDbDependencies {
  return { ...(indexedDB && { indexedDB }), ...(IDBKeyRange && { IDBKeyRange }) };
}
