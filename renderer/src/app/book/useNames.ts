import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredRecord } from '../../data';
import { useBook } from './BookContext';

type NamedTable = 'customers' | 'brokers';

const EMPTY: ReadonlyMap<string, string> = new Map();

/** id → display name of every live record of `table`, kept live; empty until the first read. */
function useNameIndex<T extends NamedTable>(table: T, nameOf: (record: StoredRecord<T>) => string): ReadonlyMap<string, string> {
  const book = useBook();
  const names = useLiveQuery(async () => {
    const records = await book.read.query(table).toArray();
    return new Map(records.map((record) => [record.id, nameOf(record)]));
  }, [book, table, nameOf]);
  return names ?? EMPTY;
}

const customerListName = (customer: StoredRecord<'customers'>) => customer.shortName || customer.name;
const brokerName = (broker: StoredRecord<'brokers'>) => broker.name;

/** Customer id → the name shown in lists (the short name 简称 when there is one). */
export function useCustomerNames(): ReadonlyMap<string, string> {
  return useNameIndex('customers', customerListName);
}

/** Broker id → broker name. */
export function useBrokerNames(): ReadonlyMap<string, string> {
  return useNameIndex('brokers', brokerName);
}
