import { describe, expect, it } from 'vitest';
import { computeAnalytics, type AnalyticsResult } from '../../../../shared/analytics/computeAnalytics';
import { SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED } from '../../../fixtures/analytics/smallBookExpected';
import { expectRatio } from './expectRatio';

/** Every number anywhere in the result. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

const EMPTY = { customers: [], deals: [], contactLogs: [] };

describe('computeAnalytics', () => {
  const result = computeAnalytics(SMALL_BOOK, {}, TODAY);

  it('gathers every metric of the book under the default period (the 12 months up to today)', () => {
    expect(result.period.from).toBe('2025-07');
    expect(result.period.to).toBe('2026-06');
    expect(result.period.months).toHaveLength(12);
  });

  it('matches the individual metrics on the hand-computed numbers', () => {
    const sixMonths = computeAnalytics(SMALL_BOOK, SIX_MONTHS, TODAY);
    expectRatio(sixMonths.repeatPurchase.rate, EXPECTED.repeatRate);
    expect(sixMonths.retention.cohorts).toEqual(EXPECTED.cohorts);
    expectRatio(sixMonths.fourRates.coverage, EXPECTED.coverage);
    expectRatio(sixMonths.churn.rate, EXPECTED.churn);
    expect(sixMonths.stages!.flows).toEqual(EXPECTED.stageFlows);
    expect(sixMonths.phases).toEqual(EXPECTED.phases);
    expect(sixMonths.value.customers).toEqual(EXPECTED.value);
    expect(sixMonths.rfm.segments).toEqual(EXPECTED.rfmSegments);
    expect(sixMonths.pareto.customersFor80).toBe(EXPECTED.pareto.customersFor80);
  });

  it('returns plain data that survives a structured clone (for a Web Worker) and holds no NaN', () => {
    expect(structuredClone(result)).toEqual(result);
    expect(numbersIn(result).filter((n) => !Number.isFinite(n))).toEqual([]);
  });

  it('leaves stages and phases out when the book carries no standings', () => {
    const { standings: _standings, ...withoutStandings } = SMALL_BOOK;
    const bare = computeAnalytics(withoutStandings, {}, TODAY);
    expect(bare.stages).toBeNull();
    expect(bare.phases).toBeNull();
  });
});

describe('computeAnalytics on an empty book', () => {
  const result: AnalyticsResult = computeAnalytics(EMPTY, {}, TODAY);

  it('gives zero counts and null rates, never NaN', () => {
    expect(numbersIn(result).filter((n) => !Number.isFinite(n))).toEqual([]);
    expect(result.customerCount).toBe(0);
    expect(result.fourRates.coverage).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(result.fourRates.penetration).toEqual({ overall: { numerator: 0, denominator: 0, rate: null }, customers: [] });
    expect(result.repeatPurchase.rate.rate).toBeNull();
    expect(result.repeatPurchase.returnWithin.map((w) => w.rate.rate)).toEqual([null, null, null]);
    expect(result.churn.rate.rate).toBeNull();
    expect(result.value).toEqual({
      model: { monthlyRetention: { numerator: 0, denominator: 0, rate: null }, expectedLifetimeMonths: null },
      customers: [],
    });
    expect(result.pareto).toEqual({ totalProfitFen: 0, rows: [], customersFor80: null });
    expect(result.rfm.customers).toEqual([]);
  });

  it('keeps the triangle’s shape: empty cohorts with null rates', () => {
    expect(result.retention.cohorts).toHaveLength(12);
    expect(result.retention.cohorts.every((row) => row.size === 0 && row.rates.every((rate) => rate === null))).toBe(true);
    expect(result.retention.curve.every((point) => point.rate.rate === null)).toBe(true);
  });

  it('is empty for a period wholly after today', () => {
    const future = computeAnalytics(SMALL_BOOK, { period: { from: '2027-01', to: '2027-03' } }, TODAY);
    expect(future.period.months).toEqual([]);
    expect(future.retention.cohorts).toEqual([]);
    expect(future.repeatPurchase.byMonth).toEqual([]);
    expect(future.pareto.rows).toEqual([]);
    expect(numbersIn(future).filter((n) => !Number.isFinite(n))).toEqual([]);
  });
});
