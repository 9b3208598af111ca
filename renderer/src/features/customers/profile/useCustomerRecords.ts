import { useLiveQuery } from 'dexie-react-hooks';
import { buildCategoryAffinity, categoriesBoughtBy, crossSellHints, type CrossSellHint } from '../../../../../shared/customers';
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
  crossSell: CrossSellHint[];
}

/** The customer's contact logs, requests, offers, deals, ratings received, amendments and cross-sell hints. */
export function useCustomerRecords(customerId: string): CustomerRecords | undefined {
  const book = useBook();
  return useLiveQuery(async () => {
    const [logs, requests, offers, bought, sold, ratings, allDeals] = await Promise.all([
      book.read.query('contactLogs', (t) => t.where('customerId').equals(customerId)).toArray(),
      book.read.query('requests', (t) => t.where('buyerId').equals(customerId)).toArray(),
      book.read.query('offers', (t) => t.where('sellerId').equals(customerId)).toArray(),
      book.read.query('deals', (t) => t.where('buyerId').equals(customerId)).toArray(),
      book.read.query('deals', (t) => t.where('sellerId').equals(customerId)).toArray(),
      book.read.query('ratings', (t) => t.where('customerId').equals(customerId)).toArray(),
      // Which categories buyers take together is a property of the whole book.
      book.read.query('deals').toArray(),
    ]);
    const deals = [...bought, ...sold];
    const amendments = deals.length === 0 ? 0 : await book.read.query('amendments', (t) => t.where('dealId').anyOf(deals.map((deal) => deal.id))).count();
    const affinity = buildCategoryAffinity(allDeals);
    return { logs, requests, offers, deals, ratings, amendments, crossSell: crossSellHints(affinity, categoriesBoughtBy(affinity, customerId)) };
  }, [book, customerId]);
}
