import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDateTimeSchema } from '../../../../shared/model/primitives';
import {
  dayOf,
  epochMs,
  firstDayOfMonth,
  isoDateOf,
  isoDateTime,
  lastDayOfMonth,
  leadingDayOf,
  marketDayOf,
  marketDayOfMs,
  monthLabel,
  monthOf,
  monthOfDay,
} from '../../../../shared/calendar/marketCalendar';

const MS_PER_DAY = 86_400_000;

/** The day of a UTC calendar date by the platform (`Date.UTC` would read years 0–99 as 1900–1999). */
function platformDay(year: number, monthIndex: number, date: number): number {
  const at = new Date(0);
  at.setUTCFullYear(year, monthIndex, date);
  return at.getTime() / MS_PER_DAY;
}

describe('months and market instants', () => {
  it('round-trips dates and months', () => {
    expect(isoDateOf(dayOf('2024-02-29'))).toBe('2024-02-29');
    expect(monthLabel(monthOf('2026-12'))).toBe('2026-12');
    expect(monthOf('2027-01') - monthOf('2026-12')).toBe(1);
  });

  it('reads instants in market time (UTC+8)', () => {
    expect(isoDateOf(marketDayOf('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
    expect(isoDateOf(marketDayOf('2026-01-31T16:00:00Z'))).toBe('2026-02-01');
  });

  it('says what is wrong with a bad date or month', () => {
    expect(() => dayOf('2026/01/05')).toThrow(/"2026\/01\/05" is not a YYYY-MM-DD date/);
    expect(() => monthOf('2026-13')).toThrow(/"2026-13" is not a YYYY-MM month/);
  });
});

describe('dayOf', () => {
  it('agrees with the platform calendar on any date from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(dayOf(iso)).toBe(Math.floor(date.getTime() / 86_400_000));
        expect(leadingDayOf(`${iso}T08:00:00+08:00`)).toBe(dayOf(iso));
      }),
    );
  });

  it('reads no date from a text that does not start with one', () => {
    expect(leadingDayOf('2026-1-05T00:00:00Z')).toBeNaN();
    expect(leadingDayOf('20x6-01-05')).toBeNaN();
  });
});

describe('dayOf and isoDateOf', () => {
  it('reads any date of years 1–9999 as the same day as Date.UTC, and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const date = new Date(day * MS_PER_DAY);
        const iso = isoDateOf(day);
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

describe('demo days and market times', () => {
  it('turns ISO dates into day numbers and back', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(isoDateOf(dayOf('2026-11-20') - 365)).toBe('2025-11-20');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (day) => {
        expect(dayOf(isoDateOf(day))).toBe(day);
      }),
    );
  });

  it('refuses strings that are not calendar dates', () => {
    for (const bad of ['2026-02-30', '2026-1-5', '20261120', '2026-13-01']) expect(() => dayOf(bad)).toThrow(RangeError);
  });

  it('writes market times with the +08:00 offset that epochMs agrees with', () => {
    const day = dayOf('2026-11-20');
    expect(isoDateTime(day, 9 * 60 + 5)).toBe('2026-11-20T09:05:00+08:00');
    expect(isoDateTime(day, 24 * 60 + 30)).toBe('2026-11-21T00:30:00+08:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 1439 }), (d, minute) => {
        const text = isoDateTime(d, minute);
        expect(IsoDateTimeSchema.safeParse(text).success).toBe(true);
        expect(Date.parse(text)).toBe(epochMs(d, minute));
      }),
    );
  });
});

describe('the merged calendar agrees with the platform', () => {
  it('puts every day in its month, between that month’s first and last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const date = new Date(day * MS_PER_DAY);
        const month = monthOfDay(day);
        expect(monthLabel(month)).toBe(date.toISOString().slice(0, 7).replace(/^0+(?=\d{1,3}-)/, ''));
        expect(firstDayOfMonth(month)).toBe(platformDay(date.getUTCFullYear(), date.getUTCMonth(), 1));
        expect(lastDayOfMonth(month)).toBe(platformDay(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
      }),
    );
  });

  it('reads an instant written at +08:00 as Date.parse does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 1439 }), (day, minute) => {
        const text = isoDateTime(day, minute);
        expect(marketDayOf(text)).toBe(day);
        expect(marketDayOfMs(Date.parse(text))).toBe(day);
      }),
    );
  });

  it('refuses day 29–31 of a month that has no such day', () => {
    expect(leadingDayOf('2024-02-29T10:00:00+08:00')).toBe(dayOf('2024-03-01') - 1);
    for (const bad of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-02-30']) {
      expect(leadingDayOf(bad)).toBeNaN();
      expect(() => dayOf(bad)).toThrow(RangeError);
    }
  });

  it('refuses what is not a YYYY-MM month', () => {
    for (const bad of ['2026-1', '2026-00', '2026/01', '2026-01-05', '20x6-01']) {
      expect(() => monthOf(bad)).toThrow(`"${bad}" is not a YYYY-MM month`);
    }
  });
});
