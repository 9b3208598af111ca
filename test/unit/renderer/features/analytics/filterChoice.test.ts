import { describe, expect, it } from 'vitest';
import { defaultFilterChoice, periodProblem, toAnalyticsFilter } from '../../../../../renderer/src/features/analytics/filterChoice';

describe('the analytics filter bar’s choice', () => {
  it('opens on the last twelve months, this one included, across a year end', () => {
    expect(defaultFilterChoice('2026-01')).toMatchObject({ from: '2025-02', to: '2026-01' });
  });

  it('turns "all" into no list and a choice into a list of one', () => {
    const choice = { ...defaultFilterChoice('2026-06'), region: '华东', category: 'rebar' as const };
    expect(toAnalyticsFilter(choice)).toEqual({
      period: { from: '2025-07', to: '2026-06' },
      brokerIds: undefined,
      regions: ['华东'],
      categories: ['rebar'],
      customerTypes: undefined,
    });
  });

  it('finds a period with a missing month or its months in the wrong order', () => {
    const choice = defaultFilterChoice('2026-06');
    expect(periodProblem(choice)).toBeNull();
    expect(periodProblem({ ...choice, from: '' })).toBe('missing');
    expect(periodProblem({ ...choice, from: '2026-07' })).toBe('order');
    expect(periodProblem({ ...choice, from: '2026-06' })).toBeNull();
  });
});
