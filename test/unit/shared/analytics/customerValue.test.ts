import { describe, expect, it } from 'vitest';
import { MAX_EXPECTED_LIFETIME_MONTHS } from '../../../../shared/analytics/clv';
import { customerValue } from '../../../../shared/analytics/customerValue';
import { profitPareto } from '../../../../shared/analytics/pareto';
import { prepareBook } from '../../../../shared/analytics/prepare';
import { rfm, rfmSegment } from '../../../../shared/analytics/rfm';
import { ID, SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED } from '../../../fixtures/analytics/smallBookExpected';
import { expectRatio } from './expectRatio';

describe('customer value on the hand-computed book', () => {
  const book = prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY);

  it('gives each trading customer its profit contribution, period figures and CLV', () => {
    expect(customerValue(book).customers).toEqual(EXPECTED.value);
  });

  it('splits each margin so that contributions add up to the company margin', () => {
    const total = customerValue(book).customers.reduce((sum, row) => sum + row.lifetimeProfitFen, 0);
    expect(total).toBe(EXPECTED.companyMarginFen);
  });

  it('derives the expected lifetime from month-to-month retention', () => {
    const { model } = customerValue(book);
    expectRatio(model.monthlyRetention, EXPECTED.monthlyRetention);
    expect(model.expectedLifetimeMonths).toBeCloseTo(EXPECTED.expectedLifetimeMonths, 12);
  });

  it('caps the expected lifetime when every active customer comes back', () => {
    // B1 and S1 trade every month of 2026-01 … 03: r = 1.
    const loyalOnly = { ...SMALL_BOOK, deals: SMALL_BOOK.deals.filter((d) => d.buyerId === ID.B1) };
    const { model } = customerValue(prepareBook(loyalOnly, { period: { from: '2026-01', to: '2026-03' } }, TODAY));
    expect(model.monthlyRetention.rate).toBe(1);
    expect(model.expectedLifetimeMonths).toBe(MAX_EXPECTED_LIFETIME_MONTHS);
  });
});

describe('profitPareto on the hand-computed book', () => {
  const pareto = profitPareto(prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY));

  it('sorts customers by period profit with the running total', () => {
    expect(pareto.totalProfitFen).toBe(EXPECTED.pareto.totalProfitFen);
    expect(pareto.rows).toEqual(
      EXPECTED.pareto.rows.map((row) => ({ ...row, cumulativeShare: row.cumulativeFen / EXPECTED.pareto.totalProfitFen })),
    );
  });

  it('tells how many customers make 80% of the profit', () => {
    expect(pareto.customersFor80).toBe(EXPECTED.pareto.customersFor80);
  });
});

describe('rfm on the hand-computed book', () => {
  const result = rfm(prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY));

  it('scores recency, frequency and monetary by quintile and names the segment', () => {
    expect(result.customers).toEqual(EXPECTED.rfm);
  });

  it('counts customers per segment', () => {
    expect(result.segments).toEqual(EXPECTED.rfmSegments);
  });
});

describe('rfmSegment', () => {
  it('names the eight classic groups by high (≥ 3) or low M, R and F', () => {
    expect(rfmSegment(3, 3, 3)).toBe('important_value');
    expect(rfmSegment(3, 2, 5)).toBe('important_development');
    expect(rfmSegment(2, 3, 3)).toBe('important_keep');
    expect(rfmSegment(1, 1, 4)).toBe('important_retain');
    expect(rfmSegment(5, 5, 2)).toBe('general_value');
    expect(rfmSegment(4, 1, 1)).toBe('general_development');
    expect(rfmSegment(2, 4, 2)).toBe('general_keep');
    expect(rfmSegment(1, 2, 1)).toBe('general_retain');
  });
});
