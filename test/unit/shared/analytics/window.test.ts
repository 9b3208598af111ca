import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber, isoDateOf, leadingDayNumber, marketDayNumber, monthIndexOf, monthLabel } from '../../../../shared/analytics/calendar';
import { periodLabels, resolveWindow } from '../../../../shared/analytics/window';

describe('calendar', () => {
  it('round-trips dates and months', () => {
    expect(isoDateOf(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(monthLabel(monthIndexOf('2026-12'))).toBe('2026-12');
    expect(monthIndexOf('2027-01') - monthIndexOf('2026-12')).toBe(1);
  });

  it('reads instants in market time (UTC+8)', () => {
    expect(isoDateOf(marketDayNumber('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
    expect(isoDateOf(marketDayNumber('2026-01-31T16:00:00Z'))).toBe('2026-02-01');
  });

  it('says what is wrong with a bad date or month', () => {
    expect(() => dayNumber('2026/01/05')).toThrow(/"2026\/01\/05" is not a YYYY-MM-DD date/);
    expect(() => monthIndexOf('2026-13')).toThrow(/"2026-13" is not a YYYY-MM month/);
  });
});

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

describe('dayNumber', () => {
  it('agrees with the platform calendar on any date from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(Math.floor(date.getTime() / 86_400_000));
        expect(leadingDayNumber(`${iso}T08:00:00+08:00`)).toBe(dayNumber(iso));
      }),
    );
  });

  it('reads no date from a text that does not start with one', () => {
    expect(leadingDayNumber('2026-1-05T00:00:00Z')).toBeNaN();
    expect(leadingDayNumber('20x6-01-05')).toBeNaN();
  });
});
