import { describe, expect, it } from 'vitest';
import { churn } from '../../../../shared/analytics/churn';
import { prepareBook } from '../../../../shared/analytics/prepare';
import { SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED, EXPECTED_Q1 } from '../../../fixtures/analytics/smallBookExpected';
import { expectRatio } from './expectRatio';

describe('churn on the hand-computed book', () => {
  it('counts customers active in the previous period of the same length and not in this one', () => {
    const result = churn(prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY));
    const { numerator, denominator, ...counts } = EXPECTED.churn;
    expect(result.previousPeriod).toEqual({ from: '2025-07', to: '2025-12' });
    expect({
      previousActive: result.previousActive,
      currentActive: result.currentActive,
      kept: result.kept,
      churnedCustomerIds: result.churnedCustomerIds,
    }).toEqual(counts);
    expectRatio(result.rate, { numerator, denominator });
  });

  it('takes the previous period as long as the analysed one', () => {
    const result = churn(prepareBook(SMALL_BOOK, { period: { from: '2026-01', to: '2026-03' } }, TODAY));
    expect(result.previousPeriod).toEqual(EXPECTED_Q1.churn.previousPeriod);
    expectRatio(result.rate, EXPECTED_Q1.churn);
  });
});
