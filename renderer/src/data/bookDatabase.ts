import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Stored, TableName, TableRecord } from '../../../shared/model';
import type { OutboxBatch } from '../../../shared/sync/mutation';
import { declareSchema } from './schemaHistory';
import { installWriteGuard } from './writeGuard';

/** A row of the key/value tables `syncState` and `settingsCache`. */
export interface KeyValueRow {
  key: string;
  value: unknown;
}

/** Which IndexedDB to use: the browser's by default, a fake-indexeddb factory in tests. */
export type IndexedDbDependencies = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

/**
 * The Dexie database of one book. Internal to renderer/src/data: features read through
 * `BookReader` and write through `Repository`, and the write guard refuses any other write.
 */
export class BookDatabase extends Dexie {
  declare readonly outbox: Table<OutboxBatch, number>;
  declare readonly syncState: Table<KeyValueRow, string>;
  declare readonly settingsCache: Table<KeyValueRow, string>;

  constructor(name: string, dependencies: IndexedDbDependencies = {}) {
    super(name, dependencies);
    declareSchema(this);
    installWriteGuard(this);
  }

  /** The Dexie table of a synced data table, typed by its domain record. */
  dataTable<T extends TableName>(table: T): Table<Stored<TableRecord<T>>, string> {
    return this.table(table);
  }
}
