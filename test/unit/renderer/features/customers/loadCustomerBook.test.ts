import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { inThreadInsightRunner, loadCustomerBook } from '../../../../../renderer/src/app/book/insights';
import { openBook, type Book } from '../../../../../renderer/src/data';
import { loadBookContents } from '../../../../../renderer/src/features/settings/loadBookContents';
import { computeCustomerInsights } from '../../../../../shared/customers';
import { CUSTOMER_BOOK, SHAGANG_ID } from './customerBook';

let book: Book | undefined;
afterEach(() => book?.close());

async function seededBook(): Promise<Book> {
  book = await openBook('main', { indexedDB: new IDBFactory(), IDBKeyRange });
  await loadBookContents(book.repository, CUSTOMER_BOOK, () => {});
  return book;
}

describe('loadCustomerBook', () => {
  it('reads the live records the engines need, only the fields they read', async () => {
    const opened = await seededBook();
    const loaded = await loadCustomerBook(opened);
    expect(loaded.customers).toHaveLength(4);
    expect(Object.keys(loaded.customers[0]!)).toEqual(['id']);
    expect(loaded.deals).toHaveLength(3);
    expect(Object.keys(loaded.deals[0]!).sort()).toEqual(['buyerId', 'commission', 'dealOn', 'lines', 'sellerId', 'status']);
    expect(loaded.contactLogs).toEqual([{ customerId: expect.any(String), at: '2026-11-10T10:00:00+08:00' }]);
    expect(loaded.requests).toHaveLength(1);
    expect(loaded.offers).toHaveLength(1);
  });

  it('carries the side a deal is disputed with, and nothing else of the dispute', async () => {
    const opened = await seededBook();
    const [confirmed] = await opened.read.query('deals', (t) => t.where('number').equals('ZL-20261120-001')).toArray();
    await opened.repository.update('deals', confirmed!.id, { dispute: { raisedOn: '2026-11-22', party: 'seller', reason: '短重' } });
    const loaded = await loadCustomerBook(opened);
    expect(loaded.deals.filter((deal) => deal.dispute !== undefined).map((deal) => deal.dispute)).toEqual([{ party: 'seller' }]);
  });

  it('leaves deleted records out, and its book gives the same insights in thread as the engines on the records', async () => {
    const opened = await seededBook();
    await opened.repository.remove('customers', SHAGANG_ID);
    const loaded = await loadCustomerBook(opened);
    expect(loaded.customers.map((customer) => customer.id)).not.toContain(SHAGANG_ID);
    const customers = await opened.read.query('customers').toArray();
    const deals = await opened.read.query('deals').toArray();
    const logs = await opened.read.query('contactLogs').toArray();
    const requests = await opened.read.query('requests').toArray();
    const offers = await opened.read.query('offers').toArray();
    expect(await inThreadInsightRunner.compute(loaded, '2026-11-23')).toEqual(computeCustomerInsights({ customers, deals, contactLogs: logs, requests, offers, ratings: [] }, '2026-11-23'));
  });
});
