import type { Table } from 'dexie';
import type { RecordMeta, TableName } from '../../../shared/model';
import type { BookDatabase } from './bookDatabase';
import type { StoredRecord } from './repository';

/** What a query may start from: a table's indexes, without any write method. */
export type ReadTable<R> = Pick<Table<R, string>, 'where' | 'orderBy' | 'toCollection'>;

/** The read half of a Dexie `Collection`. */
export interface ReadCollection<R> {
  and(predicate: (row: R) => boolean): ReadCollection<R>;
  filter(predicate: (row: R) => boolean): ReadCollection<R>;
  limit(count: number): ReadCollection<R>;
  offset(count: number): ReadCollection<R>;
  reverse(): ReadCollection<R>;
  toArray(): Promise<R[]>;
  first(): Promise<R | undefined>;
  last(): Promise<R | undefined>;
  count(): Promise<number>;
  sortBy(keyPath: string): Promise<R[]>;
  primaryKeys(): Promise<string[]>;
}

/** False for a tombstone (a deleted record kept for sync). */
export function isLive(record: { meta: RecordMeta }): boolean {
  return record.meta.deleted === 0;
}

/**
 * Reads of a book's data tables. Every helper hides tombstones. Works inside
 * `useLiveQuery` (dexie-react-hooks), e.g.
 * `useLiveQuery(() => book.read.query('offers', (t) => t.where('sellerId').equals(id)).toArray(), [id])`.
 */
export class BookReader {
  constructor(private readonly db: BookDatabase) {}

  /** The live record with this id, or undefined if there is none or it was deleted. */
  async get<T extends TableName>(table: T, id: string): Promise<StoredRecord<T> | undefined> {
    const record = await this.db.dataTable(table).get(id);
    return record && isLive(record) ? record : undefined;
  }

  /** `get` for many ids, answers in the same order. */
  async getMany<T extends TableName>(table: T, ids: readonly string[]): Promise<Array<StoredRecord<T> | undefined>> {
    const records = await this.db.dataTable(table).bulkGet([...ids]);
    return records.map((record) => (record && isLive(record) ? record : undefined));
  }

  /**
   * The live records `select` picks through an index (all of the table without `select`), e.g.
   * `query('offers', (t) => t.where('[category+grade]').equals(['rebar', 'HRB400E']))`.
   */
  query<T extends TableName>(
    table: T,
    select: (table: ReadTable<StoredRecord<T>>) => ReadCollection<StoredRecord<T>> = (all) => all.toCollection(),
  ): ReadCollection<StoredRecord<T>> {
    return select(this.db.dataTable(table)).filter(isLive);
  }
}
