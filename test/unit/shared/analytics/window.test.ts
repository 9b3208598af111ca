import { describe, expect, it } from 'vitest';
import { monthLabel } from '../../../../shared/calendar/marketCalendar';
import { periodLabels, resolveWindow } from '../../../../shared/analytics/window';

describe('resolveWindow', () => {
  it('defaults to the 12 months up to today', () => {
    const labels = periodLabels(resolveWindow(undefined, '2026-06-15'));
    expect([labels.from, labels.to, labels.asOf]).toEqual(['2025-07', '2026-06', '2026-06-15']);
  });

  it('cuts the period at today’s month and takes the previous period of the same length', () => {
    const window = resolveWindow({ from: '2026-05', to: '2026-09' }, '2026-06-15');
    expect(periodLabels(window)).toEqual({ from: '2026-05', to: '2026-06', asOf: '2026-06-15', months: ['2026-05', '2026-06'] });
    expect(monthLabel(window.previousFromMonth)).toBe('2026-03');
  });

  it('ends a past period on its last day', () => {
    expect(periodLabels(resolveWindow({ from: '2025-01', to: '2025-02' }, '2026-06-15')).asOf).toBe('2025-02-28');
  });
});
