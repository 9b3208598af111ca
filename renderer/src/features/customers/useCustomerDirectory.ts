import { useLiveQuery } from 'dexie-react-hooks';
import { pendingFollowUps, sortByName } from '../../../../shared/customers';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';

export type CustomerRecord = StoredRecord<'customers'>;
export type ContactRecord = StoredRecord<'contacts'>;

/** What the customer pages read of the book, kept live. */
export interface CustomerDirectory {
  /** Live customers in name order (Chinese by pinyin). */
  customers: CustomerRecord[];
  contacts: ContactRecord[];
  contactsOf: ReadonlyMap<string, ContactRecord[]>;
  contactLogs: Array<Pick<StoredRecord<'contactLogs'>, 'customerId' | 'at' | 'nextFollowUpOn'>>;
  /** Customer id → the follow-up date its latest contact log asks for. */
  nextFollowUpOf: ReadonlyMap<string, string>;
  brokers: Array<StoredRecord<'brokers'>>;
}

/** The book's customers with their contacts, follow-ups and the brokers; undefined while loading. */
export function useCustomerDirectory(): CustomerDirectory | undefined {
  const book = useBook();
  return useLiveQuery(async () => {
    const [customers, contacts, logs, brokers] = await Promise.all([
      book.read.query('customers').toArray(),
      book.read.query('contacts').toArray(),
      book.read.query('contactLogs').toArray(),
      book.read.query('brokers').toArray(),
    ]);
    const contactsOf = new Map<string, ContactRecord[]>();
    for (const contact of contacts) {
      const list = contactsOf.get(contact.customerId);
      if (list) list.push(contact);
      else contactsOf.set(contact.customerId, [contact]);
    }
    return {
      customers: sortByName(customers),
      contacts,
      contactsOf,
      contactLogs: logs.map(({ customerId, at, nextFollowUpOn }) => ({ customerId, at, nextFollowUpOn })),
      nextFollowUpOf: pendingFollowUps(logs),
      brokers,
    };
  }, [book]);
}
