import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';

/**
 * The records of `table` whose status is `open`, through the status index, in `order`, kept live.
 * Undefined until the first read.
 */
export function useOpenRecords<T extends 'offers' | 'requests'>(
  table: T,
  order: (a: StoredRecord<T>, b: StoredRecord<T>) => number,
): StoredRecord<T>[] | undefined {
  const book = useBook();
  return useLiveQuery(
    async () => (await book.read.query(table, (records) => records.where('status').equals('open')).toArray()).sort(order),
    [book, table, order],
  );
}
