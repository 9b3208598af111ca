import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCustomerBook } from '../../../../renderer/src/app/book/insights/loadCustomerBook';
import { readDealsInForce } from '../../../../renderer/src/app/book/readDealsInForce';
import { readEngineRecords } from '../../../../renderer/src/app/book/readEngineRecords';
import type { Book } from '../../../../renderer/src/data';
import { dealDraft, freshIndexedDb, openTestBook } from '../data/testBook';

describe('deals as counted: the terms in force', () => {
  let book: Book;

  beforeEach(async () => {
    book = await openTestBook(freshIndexedDb());
    const deal = await book.repository.create('deals', dealDraft());
    await book.repository.create('amendments', {
      dealId: deal.id,
      changes: [{ field: 'lines[0].weightKg', from: 30_000, to: 27_500 }],
      reason: '客户少提 2.5 吨',
      agreedBy: '王经理',
      agreedVia: 'phone',
      agreedAt: '2026-11-24T09:00:00+08:00',
      brokerId: 'broker-zhang',
    });
  });

  afterEach(() => book.close());

  it('applies the amendments the customer agreed to, while the stored deal keeps what was first agreed', async () => {
    const [deal] = await readDealsInForce(book);
    expect(deal!.lines[0]!.weightKg).toBe(27_500);
    const [stored] = await book.read.query('deals').toArray();
    expect(stored!.lines[0]!.weightKg).toBe(30_000);
  });

  it('feeds the amended weight to the customer engines and the analytics (both read through readEngineRecords)', async () => {
    expect((await loadCustomerBook(book)).deals[0]!.lines[0]!.weightKg).toBe(27_500);
    expect((await readEngineRecords(book)).deals[0]!.lines[0]!.weightKg).toBe(27_500);
  });
});
