import { describe, expect, it } from 'vitest';
import { DEFAULT_INSIGHT_OPTIONS, resolveInsightOptions } from '../../../../shared/customers';

describe('insight options', () => {
  it('fills every option left out with its default', () => {
    expect(resolveInsightOptions()).toEqual(DEFAULT_INSIGHT_OPTIONS);
    const resolved = resolveInsightOptions({ loyalty: { minDeals: 8 }, grade: { thresholds: { gold: 3_000 }, points: { perTonne: 2 } } });
    expect(resolved.loyalty).toEqual({ ...DEFAULT_INSIGHT_OPTIONS.loyalty, minDeals: 8 });
    expect(resolved.grade.thresholds).toEqual({ silver: 500, gold: 3_000, diamond: 6_000 });
    expect(resolved.grade.points.perTonne).toBe(2);
    expect(resolved.grade.points.perReferral).toBe(DEFAULT_INSIGHT_OPTIONS.grade.points.perReferral);
  });

  it('refuses options that make no sense, naming them', () => {
    expect(() => resolveInsightOptions({ loyalty: { minDeals: 0 } })).toThrow(/loyalty\.minDeals/);
    expect(() => resolveInsightOptions({ phase: { trendMonths: 1.5 } })).toThrow(/phase\.trendMonths/);
    expect(() => resolveInsightOptions({ phase: { gapPercentile: 0 } })).toThrow(/phase\.gapPercentile/);
    expect(() => resolveInsightOptions({ grade: { hysteresisPercent: 100 } })).toThrow(/hysteresisPercent/);
    expect(() => resolveInsightOptions({ grade: { thresholds: { gold: 400 } } })).toThrow(/thresholds\.gold \(400\)/);
  });
});
