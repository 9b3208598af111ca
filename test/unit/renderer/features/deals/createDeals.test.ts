import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dealsFromFills } from '../../../../../shared/deals/dealsFromFills';
import { defaultDealTerms } from '../../../../../shared/deals/defaultDealTerms';
import { WriteRefusedError, type Book, type StoredRecord } from '../../../../../renderer/src/data';
import { createDeals } from '../../../../../renderer/src/features/deals/createDeals';
import { moveDealStatus } from '../../../../../renderer/src/features/deals/moveDealStatus';
import { BUYER_ID, freshIndexedDb, offerDraft, openTestBook } from '../../data/testBook';

const AT = '2026-11-23T10:00:00+08:00';

describe('making deals from a fill', () => {
  let book: Book;
  let request: StoredRecord<'requests'>;
  beforeEach(async () => {
    book = await openTestBook(freshIndexedDb());
    request = await book.repository.create('requests', {
      buyerId: BUYER_ID,
      brokerId: 'zhang',
      receivedAt: AT,
      status: 'open',
      lines: [{ lineId: '01937a3c-1d2e-7f00-8a00-0000000000a1', category: 'rebar', grades: ['HRB400E'], spec: { text: 'Φ20*9m', dims: [20, 9000] }, weightKg: 40_000 }],
    });
  });
  afterEach(() => book.close());

  const draftsFor = (fills: Parameters<typeof dealsFromFills>[0]) =>
    dealsFromFills(fills, { ...defaultDealTerms('2026-11-23'), buyerId: BUYER_ID, brokerId: 'zhang', requestId: request.id, requestLineId: request.lines[0]!.lineId });

  it('numbers and confirms the deals, draws the offers down and marks the filled request, in one transaction', async () => {
    const [a, b] = await book.repository.createMany('offers', [offerDraft({ availableKg: 32_000 }), offerDraft({ sellerId: '01937a3c-1d2e-7f00-8a00-000000000009', availableKg: 8_000 })]);
    const made = await createDeals(book, draftsFor([{ offer: a!, weightKg: 32_000 }, { offer: b!, weightKg: 8_000 }]), { prefix: 'ZL', confirmAt: AT });
    expect(made.map((d) => [d.number.slice(-3), d.status, d.confirmedAt])).toEqual([
      ['001', 'confirmed', AT],
      ['002', 'confirmed', AT],
    ]);
    expect((await book.read.get('offers', a!.id))).toMatchObject({ availableKg: 0, status: 'closed' });
    expect((await book.read.get('requests', request.id))!.status).toBe('filled');

    // Cancelling gives the kg back and reopens the request.
    await moveDealStatus(book, made[0]!, 'cancelled', AT);
    expect(await book.read.get('offers', a!.id)).toMatchObject({ availableKg: 32_000, status: 'open' });
    expect((await book.read.get('requests', request.id))!.status).toBe('open');
  });

  it('writes nothing, and uses no number, when an offer no longer has the kg', async () => {
    const offer = await book.repository.create('offers', offerDraft({ availableKg: 10_000 }));
    const drafts = draftsFor([{ offer, weightKg: 10_000 }]);
    await book.repository.update('offers', offer.id, { availableKg: 4_000 });
    await expect(createDeals(book, drafts, { prefix: 'ZL', confirmAt: AT })).rejects.toThrow(WriteRefusedError);
    expect(await book.read.query('deals').count()).toBe(0);
    expect((await book.read.get('offers', offer.id))!.availableKg).toBe(4_000);
    const [next] = await createDeals(book, draftsFor([{ offer: { ...offer, availableKg: 4_000 }, weightKg: 4_000 }]), { prefix: 'ZL' });
    expect(next!.number.endsWith('-001')).toBe(true);
    expect(next!.status).toBe('draft');
  });
});
