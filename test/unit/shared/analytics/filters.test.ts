import { describe, expect, it } from 'vitest';
import { computeAnalytics } from '../../../../shared/analytics/computeAnalytics';
import { ID, SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED, EXPECTED_EAST, EXPECTED_Q1, EXPECTED_REBAR } from '../../../fixtures/analytics/smallBookExpected';
import { expectRatio } from './expectRatio';

describe('the analytics filter', () => {
  it('by region keeps that region’s customers and only their side of each deal', () => {
    const east = computeAnalytics(SMALL_BOOK, { ...SIX_MONTHS, regions: ['华东'] }, TODAY);
    expect(east.customerCount).toBe(EXPECTED_EAST.customerCount);
    expectRatio(east.fourRates.coverage, EXPECTED_EAST.coverage);
    expectRatio(east.fourRates.conversion, EXPECTED_EAST.conversion);
    expectRatio(east.repeatPurchase.rate, EXPECTED_EAST.repeatRate);
    expectRatio(east.churn.rate, EXPECTED_EAST.churn);
    expectRatio(east.fourRates.penetration.overall, EXPECTED_EAST.penetrationOverall);
    expect(east.pareto.totalProfitFen).toBe(EXPECTED_EAST.pareto.totalProfitFen);
    expect(east.pareto.customersFor80).toBe(EXPECTED_EAST.pareto.customersFor80);
    expect(east.stages!.byMonth[0]!.counts).toEqual(EXPECTED_EAST.stagesJanuary);
  });

  it('by category keeps those lines only, and the customers interested in or trading them', () => {
    const rebar = computeAnalytics(SMALL_BOOK, { ...SIX_MONTHS, categories: ['rebar'] }, TODAY);
    expect(rebar.customerCount).toBe(EXPECTED_REBAR.customerCount);
    expectRatio(rebar.fourRates.coverage, EXPECTED_REBAR.coverage);
    expectRatio(rebar.fourRates.conversion, EXPECTED_REBAR.conversion);
    expectRatio(rebar.repeatPurchase.rate, EXPECTED_REBAR.repeatRate);
    expectRatio(rebar.fourRates.penetration.overall, EXPECTED_REBAR.penetrationOverall);
    expect(rebar.value.customers.find((row) => row.customerId === ID.B1)!.periodProfitFen).toBe(EXPECTED_REBAR.b1PeriodProfitFen);
    rebar.repeatPurchase.returnWithin.forEach((window, i) => expectRatio(window.rate, EXPECTED_REBAR.returnWithin[i]!));
  });

  it('by period moves the as-of day to the period’s end and ignores later deals', () => {
    const q1 = computeAnalytics(SMALL_BOOK, { period: { from: '2026-01', to: '2026-03' } }, TODAY);
    expect(q1.period).toEqual(EXPECTED_Q1.period);
    expectRatio(q1.repeatPurchase.rate, EXPECTED_Q1.repeatRate);
    expectRatio(q1.fourRates.coverage, EXPECTED_Q1.coverage);
    expectRatio(q1.fourRates.conversion, EXPECTED_Q1.conversion);
    expectRatio(q1.churn.rate, EXPECTED_Q1.churn);
    expectRatio(q1.fourRates.penetration.overall, EXPECTED_Q1.penetrationOverall);
    expect(q1.retention.cohorts.map((row) => row.retained)).toEqual(EXPECTED_Q1.cohortRetained);
  });

  it('by broker keeps the customers assigned to that broker', () => {
    const b2 = computeAnalytics(SMALL_BOOK, { ...SIX_MONTHS, brokerIds: ['b2'] }, TODAY);
    // b2's book: B3 B4 B5 S2 P2.
    expect(b2.customerCount).toBe(5);
    expect(b2.value.customers.map((row) => row.customerId)).toEqual([ID.B3, ID.B4, ID.B5, ID.S2]);
  });

  it('by customer type keeps those types', () => {
    const sellers = computeAnalytics(SMALL_BOOK, { ...SIX_MONTHS, customerTypes: ['seller'] }, TODAY);
    expect(sellers.pareto.rows.map((row) => row.customerId)).toEqual([ID.S1, ID.S2]);
    expect(sellers.pareto.totalProfitFen).toBe(400_000 + 331_252);
  });

  it('treats an empty list as no filter', () => {
    const unfiltered = computeAnalytics(SMALL_BOOK, SIX_MONTHS, TODAY);
    const emptyLists = computeAnalytics(SMALL_BOOK, { ...SIX_MONTHS, regions: [], brokerIds: [], categories: [], customerTypes: [] }, TODAY);
    expect(emptyLists).toEqual(unfiltered);
    expect(unfiltered.customerCount).toBe(EXPECTED.customerCount);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => computeAnalytics(SMALL_BOOK, { period: { from: '2026-05', to: '2026-02' } }, TODAY)).toThrow(
      /from 2026-05 is after to 2026-02/,
    );
  });
});
