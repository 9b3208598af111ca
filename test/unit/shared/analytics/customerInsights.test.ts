import { describe, expect, it } from 'vitest';
import { computeAnalytics } from '../../../../shared/analytics/computeAnalytics';
import type { CustomerStanding } from '../../../../shared/analytics/standing';
import { computeCustomerInsights } from '../../../../shared/customers/computeCustomerInsights';
import { SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';

// The standings input is declared in shared/analytics; the customer engines' output must fit it as is.
describe('analytics over the customer engines’ insights', () => {
  const standings: CustomerStanding[] = computeCustomerInsights(SMALL_BOOK, TODAY);
  const result = computeAnalytics({ ...SMALL_BOOK, standings }, SIX_MONTHS, TODAY);

  it('places every customer of the book in one stage at each month end', () => {
    for (const { counts } of result.stages!.byMonth) {
      expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(SMALL_BOOK.customers.length);
    }
  });

  it('counts a phase for every customer with a deal', () => {
    const withDeal = result.value.customers.length;
    expect(Object.values(result.phases!).reduce((sum, n) => sum + n, 0)).toBe(withDeal);
  });

  it('sees the first deals of the period as moves into the real stage', () => {
    // B2 (02-14), B4 (04-02), B5 (01-15) and B6 (05-08) made their first deal in the period.
    const intoReal = result.stages!.flows.filter((flow) => flow.to === 'real' && flow.from !== 'loyal');
    expect(intoReal.reduce((sum, flow) => sum + flow.count, 0)).toBe(4);
  });
});
