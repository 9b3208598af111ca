import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
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
  /** The broker this workstation is paired as; undefined for the office or an unpaired workstation. */
  pairedBrokerId: string | undefined;
}

/**
 * The book's customers with their contacts, follow-ups and the brokers; undefined while loading.
 * Each part is its own live query, so logging a contact neither re-sorts 50k names nor changes the
 * `customers` and `contacts` arrays that the search index is built from.
 */
export function useCustomerDirectory(): CustomerDirectory | undefined {
  const book = useBook();
  const customers = useLiveQuery(async () => sortByName(await book.read.query('customers').toArray()), [book]);
  const contacts = useLiveQuery(async () => {
    const all = await book.read.query('contacts').toArray();
    const contactsOf = new Map<string, ContactRecord[]>();
    for (const contact of all) {
      const list = contactsOf.get(contact.customerId);
      if (list) list.push(contact);
      else contactsOf.set(contact.customerId, [contact]);
    }
    return { all, contactsOf };
  }, [book]);
  const logs = useLiveQuery(async () => {
    const all = await book.read.query('contactLogs').toArray();
    return { contactLogs: all.map(({ customerId, at, nextFollowUpOn }) => ({ customerId, at, nextFollowUpOn })), nextFollowUpOf: pendingFollowUps(all) };
  }, [book]);
  const brokers = useLiveQuery(() => book.read.query('brokers').toArray(), [book]);
  // null once read and found to be no broker's workstation (undefined is still loading).
  const pairedBroker = useLiveQuery(async () => {
    const account = (await book.sync.link())?.account;
    return account?.role === 'broker' ? account.brokerId : null;
  }, [book]);
  return useMemo(
    () =>
      customers && contacts && logs && brokers && pairedBroker !== undefined
        ? { customers, contacts: contacts.all, contactsOf: contacts.contactsOf, ...logs, brokers, pairedBrokerId: pairedBroker ?? undefined }
        : undefined,
    [customers, contacts, logs, brokers, pairedBroker],
  );
}
