import { describe, expect, it } from 'vitest';
import { prepareBook } from '../../../../shared/analytics/prepare';
import { repeatPurchase } from '../../../../shared/analytics/repeatPurchase';
import { SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED } from '../../../fixtures/analytics/smallBookExpected';
import { expectRatio } from './expectRatio';

describe('repeatPurchase on the hand-computed book', () => {
  const result = repeatPurchase(prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY));

  it('is customers with ≥ 2 deals over customers with ≥ 1 deal in the period', () => {
    expectRatio(result.rate, EXPECTED.repeatRate);
  });

  it('gives the same rate month by month', () => {
    expect(result.byMonth.map((m) => m.month)).toEqual(EXPECTED.repeatByMonth.map((m) => m.month));
    result.byMonth.forEach((month, k) => expectRatio(month.rate, EXPECTED.repeatByMonth[k]!));
  });

  it('counts new customers returning within 30/60/90 days, only once their window has elapsed', () => {
    expect(result.newCustomers).toBe(EXPECTED.newCustomers);
    expect(result.returnWithin.map((w) => w.days)).toEqual([30, 60, 90]);
    result.returnWithin.forEach((window, i) => expectRatio(window.rate, EXPECTED.returnWithin[i]!));
  });

  it('does not count a second deal on the first day as buying again', () => {
    // Only the two deals of 2026-04-02 (B4 from S2), as of 2026-05-31: both are new, their 30-day
    // windows have elapsed, and neither bought again on a later day.
    const onlyB4 = { ...SMALL_BOOK, deals: SMALL_BOOK.deals.filter((d) => d.dealOn === '2026-04-02') };
    const b4 = repeatPurchase(prepareBook(onlyB4, { period: { from: '2026-04', to: '2026-05' } }, TODAY));
    expect(b4.rate.numerator).toBe(2); // B4 and S2 each have two deals in the period
    expectRatio(b4.returnWithin[0]!.rate, { numerator: 0, denominator: 2 });
  });
});
