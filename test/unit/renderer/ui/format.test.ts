import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../../../../renderer/src/ui/format/money';
import { marketDate, marketDateTime, marketMonth, utcOffsetLabel } from '../../../../renderer/src/ui/format/marketTime';
import { formatTonnes } from '../../../../renderer/src/ui/format/weight';

describe('formatYuan', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100, '¥1.00'],
    [356000, '¥3,560.00'],
    [123456789, '¥1,234,567.89'],
    [-5, '-¥0.05'],
    [-123456, '-¥1,234.56'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('can leave out the yuan sign', () => {
    expect(formatYuan(356050, { symbol: false })).toBe('3,560.50');
  });

  it('refuses a fractional amount of fen', () => {
    expect(() => formatYuan(10.5)).toThrow(/10\.5 is not a whole number of fen/);
  });

  it('round-trips: removing the separators gives back the fen exactly', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        const digits = formatYuan(fen).replace(/[¥,.]/g, '');
        expect(BigInt(digits)).toBe(BigInt(fen));
      }),
    );
  });
});

describe('formatTonnes', () => {
  it.each([
    [0, '0.000'],
    [7, '0.007'],
    [56000, '56.000'],
    [1234567, '1,234.567'],
  ])('%i kg → %s t', (kg, text) => {
    expect(formatTonnes(kg)).toBe(text);
  });

  it('refuses a fractional weight', () => {
    expect(() => formatTonnes(1.5)).toThrow(/not a whole number of kilograms/);
  });
});

describe('market time (Asia/Shanghai)', () => {
  // 2026-11-22T16:30Z is already 00:30 on the 23rd in Shanghai.
  const justAfterMidnight = new Date('2026-11-22T16:30:00Z');

  it('takes the calendar date in the market zone, not UTC', () => {
    expect(marketDate(justAfterMidnight)).toBe('2026-11-23');
    expect(marketDate(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
  });

  it('gives month and date-time in the market zone', () => {
    expect(marketMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
    expect(marketDateTime(justAfterMidnight)).toBe('2026-11-23 00:30');
  });

  it('labels the offset as UTC±hh:mm', () => {
    expect(utcOffsetLabel(justAfterMidnight)).toBe('UTC+08:00');
    expect(utcOffsetLabel(justAfterMidnight, 'UTC')).toBe('UTC+00:00');
    expect(utcOffsetLabel(new Date('2026-07-01T00:00:00Z'), 'America/New_York')).toBe('UTC-04:00');
  });
});
