import { describe, expect, it } from 'vitest';
import { computeAnalytics } from '../../../../shared/analytics/computeAnalytics';
import { drillDownCustomers, type DrillTarget } from '../../../../shared/analytics/drillDown';
import { prepareBook } from '../../../../shared/analytics/prepare';
import { RFM_SEGMENTS } from '../../../../shared/analytics/rfm';
import { ID, SIX_MONTHS, SMALL_BOOK, STANDINGS, TODAY, type FixtureCustomer } from '../../../fixtures/analytics/smallBook';

const prepared = prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY);
const result = computeAnalytics(SMALL_BOOK, SIX_MONTHS, TODAY);
const drill = (target: DrillTarget) => drillDownCustomers(prepared, STANDINGS, target);
const ids = (...names: FixtureCustomer[]) => names.map((name) => ID[name]);

describe('drillDownCustomers on the hand-computed book', () => {
  it('lists the customers of a cohort cell', () => {
    expect(drill({ kind: 'cohortCell', cohort: '2026-02', k: 1 })).toEqual(ids('B2'));
    expect(drill({ kind: 'cohortCell', cohort: '2026-01', k: 1 })).toEqual([]);
  });

  it('lists the customers with two deals in a month, and those back within N days', () => {
    expect(drill({ kind: 'repeatMonth', month: '2026-03' })).toEqual(ids('B5', 'S1', 'S2'));
    expect(drill({ kind: 'returnWithin', days: 30 })).toEqual(ids('B2'));
    expect(drill({ kind: 'returnWithin', days: 90 })).toEqual(ids('B2', 'B5'));
    expect(() => drill({ kind: 'returnWithin', days: 45 })).toThrow(/45 days/);
  });

  it('lists the numerator of each funnel step', () => {
    expect(drill({ kind: 'funnel', step: 'coverage' })).toEqual(ids('B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'S1', 'S2', 'P1', 'P2'));
    expect(drill({ kind: 'funnel', step: 'conversion' })).toEqual(ids('B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'S1', 'S2'));
    expect(drill({ kind: 'funnel', step: 'repeatPurchase' })).toEqual(ids('B1', 'B2', 'B4', 'B5', 'S1', 'S2'));
    expect(drill({ kind: 'funnel', step: 'penetration' })).toEqual(ids('B1', 'B2', 'B6'));
  });

  it('lists the customers in a stage at a month end, a move between stages and a phase', () => {
    expect(drill({ kind: 'stage', month: '2026-02', stage: 'real' })).toEqual(ids('B1', 'B2', 'B3'));
    expect(drill({ kind: 'stage', month: '2026-03', stage: 'loyal' })).toEqual(ids('B1'));
    expect(drill({ kind: 'stageFlow', from: 'potential', to: 'real' })).toEqual(ids('B2'));
    expect(drill({ kind: 'phase', phase: 'decline' })).toEqual(ids('B3'));
    expect(drillDownCustomers(prepared, undefined, { kind: 'phase', phase: 'decline' })).toEqual([]);
  });

  it('lists the churned customers', () => {
    expect(drill({ kind: 'churned' })).toEqual(ids('B3'));
  });

  it('agrees with the figures it explains: one customer per count', () => {
    result.retention.cohorts.forEach((row) =>
      row.retained.forEach((count, k) => {
        if (count !== null) expect(drill({ kind: 'cohortCell', cohort: row.cohort, k })).toHaveLength(count);
      }),
    );
    result.repeatPurchase.byMonth.forEach(({ month, rate }) => expect(drill({ kind: 'repeatMonth', month })).toHaveLength(rate.numerator));
    result.repeatPurchase.returnWithin.forEach(({ days, rate }) => expect(drill({ kind: 'returnWithin', days })).toHaveLength(rate.numerator));
    expect(drill({ kind: 'funnel', step: 'coverage' })).toHaveLength(result.fourRates.coverage.numerator);
    expect(drill({ kind: 'funnel', step: 'conversion' })).toHaveLength(result.fourRates.conversion.numerator);
    for (const segment of RFM_SEGMENTS) expect(drill({ kind: 'rfmSegment', segment })).toHaveLength(result.rfm.segments[segment]);
    for (const flow of result.stages!.flows) expect(drill({ kind: 'stageFlow', from: flow.from, to: flow.to })).toHaveLength(flow.count);
    for (const { month, counts } of result.stages!.byMonth) {
      for (const [stage, count] of Object.entries(counts)) expect(drill({ kind: 'stage', month, stage: stage as 'real' })).toHaveLength(count);
    }
  });
});
