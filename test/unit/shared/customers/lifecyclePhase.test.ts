import { describe, expect, it } from 'vitest';
import { computeCustomerInsights, formatPhaseReason, type InsightDeal } from '../../../../shared/customers';
import { customer, dealsOn, everyNDays, idCreatedOn } from './handBuiltBook';

const TODAY = '2026-11-23';
const MARKET = idCreatedOn('2020-01-01');

function phaseOf(deals: (id: string) => InsightDeal[], today = TODAY) {
  const c = customer('2024-01-01', { firstContactOn: '2024-06-01' });
  const insight = computeCustomerInsights({ customers: [c], deals: deals(c.id) }, today)[0]!;
  return { phase: insight.phase, reason: insight.phaseReason };
}

/** Two deals a month, on the 5th and the 20th, of `tonnesEach`, for each `YYYY-MM` given. */
function twiceMonthly(id: string, months: readonly string[], tonnesEach: number): InsightDeal[] {
  return months.flatMap((month) => dealsOn(id, MARKET, [`${month}-05`, `${month}-20`], tonnesEach));
}

describe('lifecycle phase', () => {
  it('has no phase before the first counting deal', () => {
    expect(phaseOf(() => [])).toEqual({ phase: undefined, reason: { code: 'no_deals' } });
  });

  it('exploration: only a couple of deals so far', () => {
    expect(phaseOf((id) => dealsOn(id, MARKET, ['2026-10-01', '2026-10-20']))).toEqual({
      phase: 'exploration',
      reason: { code: 'few_deals', deals: 2 },
    });
  });

  it('exploration: a first deal within the last 90 days, however many deals since', () => {
    expect(phaseOf((id) => dealsOn(id, MARKET, ['2026-09-30', '2026-10-15', '2026-10-30', '2026-11-14']))).toEqual({
      phase: 'exploration',
      reason: { code: 'recent_first_deal', daysSinceFirst: 54 },
    });
  });

  it('decline by gap: 74 days since the last deal of a customer who trades every 21 days', () => {
    // 12 deals every 21 days from 2026-01-22; the last is 2026-09-10, 74 days before 2026-11-23.
    const verdict = phaseOf((id) => dealsOn(id, MARKET, everyNDays('2026-01-22', 21, 12)));
    expect(verdict).toEqual({
      phase: 'decline',
      reason: { code: 'gap_beyond_usual', daysSinceLast: 74, usualGapDays: 21, basis: 'own' },
    });
    expect(formatPhaseReason(verdict.reason, 'zh-CN')).toBe('74 天未成交，通常每 21 天一次');
    expect(formatPhaseReason(verdict.reason, 'en')).toBe('no deal for 74 days; usually every 21 days');
  });

  it('decline by gap with too few deals for a rhythm: the default gap stands in', () => {
    expect(phaseOf((id) => dealsOn(id, MARKET, ['2026-08-15']))).toEqual({
      phase: 'decline',
      reason: { code: 'gap_beyond_usual', daysSinceLast: 100, usualGapDays: 60, basis: 'default' },
    });
  });

  it('a silence as long as the usual gap is not a decline; one day longer is', () => {
    // Every 21 days from 2026-01-12 to 2026-11-02.
    const deals = (id: string) => dealsOn(id, MARKET, everyNDays('2026-01-12', 21, 15));
    expect(phaseOf(deals, '2026-11-23').phase).toBe('stability');
    expect(phaseOf(deals, '2026-11-24')).toEqual({
      phase: 'decline',
      reason: { code: 'gap_beyond_usual', daysSinceLast: 22, usualGapDays: 21, basis: 'own' },
    });
  });

  it('decline by falling volume: three month-on-month falls in a row', () => {
    const verdict = phaseOf((id) => [
      ...twiceMonthly(id, ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'], 10),
      ...twiceMonthly(id, ['2026-07'], 50),
      ...twiceMonthly(id, ['2026-08'], 40),
      ...twiceMonthly(id, ['2026-09'], 30),
      ...twiceMonthly(id, ['2026-10'], 20),
      ...twiceMonthly(id, ['2026-11'], 10),
    ]);
    expect(verdict).toEqual({ phase: 'decline', reason: { code: 'volume_falling', months: 3, fromKg: 100_000, toKg: 40_000 } });
    expect(formatPhaseReason(verdict.reason, 'zh-CN')).toBe('成交量连续 3 个月下降：从 100 吨降到 40 吨');
  });

  it('formation: the last three months grew over the three before', () => {
    const verdict = phaseOf((id) => [
      ...twiceMonthly(id, ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07'], 5),
      ...twiceMonthly(id, ['2026-08', '2026-09', '2026-10'], 10),
      ...dealsOn(id, MARKET, ['2026-11-15']),
    ]);
    expect(verdict).toEqual({ phase: 'formation', reason: { code: 'volume_rising', months: 3, fromKg: 30_000, toKg: 60_000 } });
    expect(formatPhaseReason(verdict.reason, 'en')).toBe('60 t in the last 3 months vs 30 t in the 3 before (+100%)');
  });

  it('stability: steady volume at the usual rhythm', () => {
    const months = ['2025-11', '2025-12', ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)];
    const verdict = phaseOf((id) => [...twiceMonthly(id, months, 15), ...dealsOn(id, MARKET, ['2026-11-05', '2026-11-20'], 15)]);
    expect(verdict).toEqual({ phase: 'stability', reason: { code: 'steady', months: 6, monthlyKg: 30_000 } });
    expect(formatPhaseReason(verdict.reason, 'zh-CN')).toBe('近 6 个月月均 30 吨，走量平稳');
  });
});

describe('lifecycle phase transitions of one customer over a year', () => {
  // 10 t a month from January to March, 30 t a month from April to October, then nothing.
  const history = (id: string) => [
    ...twiceMonthly(id, ['2026-01', '2026-02', '2026-03'], 5),
    ...twiceMonthly(id, ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'], 15),
  ];

  it('explores after its first deals', () => {
    expect(phaseOf(history, '2026-02-10')).toEqual({ phase: 'exploration', reason: { code: 'recent_first_deal', daysSinceFirst: 36 } });
  });

  it('forms as volume rises', () => {
    // Complete months Dec–Feb: 0 + 10 + 10 = 20 t; Mar–May: 10 + 30 + 30 = 70 t.
    expect(phaseOf(history, '2026-06-10')).toEqual({
      phase: 'formation',
      reason: { code: 'volume_rising', months: 3, fromKg: 20_000, toKg: 70_000 },
    });
  });

  it('stabilises when volume holds', () => {
    expect(phaseOf(history, '2026-10-25')).toEqual({ phase: 'stability', reason: { code: 'steady', months: 6, monthlyKg: 30_000 } });
  });

  it('declines when it falls silent past its usual gaps', () => {
    // Its last 12 gaps: nine of 15 days, three of 16; the 80th percentile (10th of 12) is 16.
    expect(phaseOf(history, '2026-12-31')).toEqual({
      phase: 'decline',
      reason: { code: 'gap_beyond_usual', daysSinceLast: 72, usualGapDays: 16, basis: 'own' },
    });
  });
});
