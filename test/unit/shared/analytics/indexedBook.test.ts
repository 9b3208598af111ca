import { describe, expect, it } from 'vitest';
import { categoryMask, computeAnalytics, indexAnalyticsBook, type AnalyticsFilter } from '../../../../shared/analytics';
import { CATEGORY_CODES } from '../../../../shared/catalogue/categories';
import { DEALS, SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';

describe('indexAnalyticsBook', () => {
  const indexed = indexAnalyticsBook(SMALL_BOOK);

  it('keeps only the counting deals, with their parties as customer positions and their lines as columns', () => {
    const counting = DEALS.filter((deal) => deal.status !== 'draft' && deal.status !== 'cancelled');
    const { deals } = indexed;
    expect(deals.count).toBe(counting.length);
    const d = counting.findIndex((deal) => deal.lines.length === 2);
    const deal = counting[d]!;
    expect(SMALL_BOOK.customers[deals.buyer[d]!]!.id).toBe(deal.buyerId);
    expect(SMALL_BOOK.customers[deals.seller[d]!]!.id).toBe(deal.sellerId);
    expect(deals.lineStart[d + 1]! - deals.lineStart[d]!).toBe(2);
    const first = deals.lineStart[d]!;
    expect(CATEGORY_CODES[deals.lineCategory[first]!]).toBe(deal.lines[0]!.category);
    expect(deals.lineKg[first]).toBe(deal.lines[0]!.weightKg);
    expect(deals.perTonFen[d]).toBe(2_000);
    // A spread deal: margin from its lines, 380 − 370 yuan per tonne on 15 t.
    const spread = counting.findIndex((x) => x.commission.kind === 'spread' && x.lines[0]!.category === 'plate' && x.lines[0]!.weightKg === 15_000);
    expect(deals.perTonFen[spread]).toBeNaN();
    expect(deals.lineSpreadFen[deals.lineStart[spread]!]).toBe(150_000);
  });

  it('marks a party or a log of a customer the book does not hold as −1', () => {
    const stranger = { ...SMALL_BOOK.contactLogs[0]!, id: '0190c000-0000-7000-a000-000000009999', customerId: '0190c000-0000-7000-8000-00000000ffff' };
    const withStranger = indexAnalyticsBook({ ...SMALL_BOOK, deals: [{ ...DEALS[0]!, buyerId: stranger.customerId }], contactLogs: [stranger] });
    expect([withStranger.deals.buyer[0], withStranger.logCustomer[0]]).toEqual([-1, -1]);
  });

  it('answers filter after filter from one index as a fresh index of the book would: nothing of one answer leaks into the next', () => {
    const filters: AnalyticsFilter[] = [{}, SIX_MONTHS, { categories: ['rebar'] }, { regions: [SMALL_BOOK.customers[0]!.region], categories: ['plate', 'wire_rod'] }, { customerTypes: ['seller'] }];
    const reused = indexAnalyticsBook(SMALL_BOOK);
    const answers = [...filters, ...filters].map((filter) => computeAnalytics(reused, filter, TODAY));
    filters.forEach((filter, i) => {
      const fresh = computeAnalytics(indexAnalyticsBook(SMALL_BOOK), filter, TODAY);
      expect(answers[i]).toEqual(fresh);
      expect(answers[i + filters.length]).toEqual(fresh);
    });
  });
});

describe('categoryMask', () => {
  it('marks the chosen categories by their position in the catalogue; none chosen means all', () => {
    const mask = categoryMask(new Set(['rebar', 'plate'] as const))!;
    expect(CATEGORY_CODES.filter((_, i) => mask[i] === 1)).toEqual(CATEGORY_CODES.filter((code) => code === 'rebar' || code === 'plate'));
    expect(categoryMask(null)).toBeNull();
  });
});
