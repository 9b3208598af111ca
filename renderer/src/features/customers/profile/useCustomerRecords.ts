import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredRecord } from '../../../data';
import { useBook } from '../../../app/book/BookContext';

/** Everything the profile shows of one customer beyond its record, kept live. */
export interface CustomerRecords {
  logs: Array<StoredRecord<'contactLogs'>>;
  requests: Array<StoredRecord<'requests'>>;
  offers: Array<StoredRecord<'offers'>>;
  deals: Array<StoredRecord<'deals'>>;
  ratings: Array<StoredRecord<'ratings'>>;
  amendments: number;
}

/** The customer's contact logs, requests, offers, deals, ratings received and how many amendments its deals had. */
export function useCustomerRecords(customerId: string): CustomerRecords | undefined {
  const book = useBook();
  return useLiveQuery(async () => {
    const [logs, requests, offers, bought, sold, ratings] = await Promise.all([
      book.read.query('contactLogs', (t) => t.where('customerId').equals(customerId)).toArray(),
      book.read.query('requests', (t) => t.where('buyerId').equals(customerId)).toArray(),
      book.read.query('offers', (t) => t.where('sellerId').equals(customerId)).toArray(),
      book.read.query('deals', (t) => t.where('buyerId').equals(customerId)).toArray(),
      book.read.query('deals', (t) => t.where('sellerId').equals(customerId)).toArray(),
      book.read.query('ratings', (t) => t.where('customerId').equals(customerId)).toArray(),
    ]);
    const deals = [...bought, ...sold];
    const amendments = deals.length === 0 ? 0 : await book.read.query('amendments', (t) => t.where('dealId').anyOf(deals.map((deal) => deal.id))).count();
    return { logs, requests, offers, deals, ratings, amendments };
  }, [book, customerId]);
}
