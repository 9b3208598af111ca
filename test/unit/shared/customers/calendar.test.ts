import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoDateOfDay, marketDayOf, monthOfDay } from '../../../../shared/customers/calendar';

const MS_PER_DAY = 86_400_000;

describe('customer calendar', () => {
  it('reads any date of years 1–9999 as the same day as Date.UTC, and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const date = new Date(day * MS_PER_DAY);
        const iso = isoDateOfDay(day);
        expect(iso).toBe(date.toISOString().slice(0, 10));
        expect(dayOf(iso)).toBe(day);
        expect(monthOfDay(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
      }),
    );
  });

  it('knows leap days and month ends', () => {
    expect(dayOf('2024-03-01') - dayOf('2024-02-28')).toBe(2);
    expect(dayOf('2026-03-01') - dayOf('2026-02-28')).toBe(1);
    expect(dayOf('2000-03-01') - dayOf('2000-02-28')).toBe(2);
    expect(dayOf('1900-03-01') - dayOf('1900-02-28')).toBe(1);
    expect(dayOf('1970-01-01')).toBe(0);
  });

  it('refuses what is not a YYYY-MM-DD date, naming it', () => {
    for (const bad of ['2026-1-05', '2026/01/05', '2026-13-01', '2026-00-10', '2026-01-32', '20260105', '2026-01-05T00:00']) {
      expect(() => dayOf(bad)).toThrow(`"${bad}"`);
    }
  });

  it('puts an instant on its market date (UTC+8)', () => {
    expect(marketDayOf('2026-04-01T23:30:00+08:00')).toBe(dayOf('2026-04-01'));
    expect(marketDayOf('2026-04-01T17:00:00Z')).toBe(dayOf('2026-04-02'));
    expect(marketDayOf('2026-04-01T15:59:59Z')).toBe(dayOf('2026-04-01'));
    expect(marketDayOf('2026-04-01T20:00:00-05:00')).toBe(dayOf('2026-04-02'));
    expect(() => marketDayOf('yesterday')).toThrow('"yesterday"');
  });
});
