import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, epochMs, isoDate, isoDateTime } from '../../../../shared/demo/calendar';
import { formatTons } from '../../../../shared/demo/formatTons';
import { IsoDateTimeSchema } from '../../../../shared/model/primitives';

describe('calendar', () => {
  it('turns ISO dates into day numbers and back', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(isoDate(dayOf('2026-11-20') - 365)).toBe('2025-11-20');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (day) => {
        expect(dayOf(isoDate(day))).toBe(day);
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

describe('formatTons', () => {
  it('writes whole kilograms as tonnes without trailing zeros', () => {
    expect(formatTons(56_340)).toBe('56.34');
    expect(formatTons(56_000)).toBe('56');
    expect(formatTons(7_067)).toBe('7.067');
    expect(formatTons(5)).toBe('0.005');
  });

  it('reads back to the same kilograms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (kg) => {
        expect(Math.round(Number(formatTons(kg)) * 1000)).toBe(kg);
      }),
    );
  });
});
