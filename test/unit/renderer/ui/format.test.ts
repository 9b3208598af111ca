import { describe, expect, it } from 'vitest';
import { marketDate, marketDateTime, marketMonth, utcOffsetLabel } from '../../../../renderer/src/ui/format/marketTime';
import { formatPricePerTon, formatTonnes } from '../../../../renderer/src/ui/format/quantities';

describe('formatTonnes', () => {
  it.each([
    [0, '0.000'],
    [7, '0.007'],
    [56000, '56.000'],
    [1234567, '1,234.567'],
  ])('%i kg → %s t, always three decimals so columns line up', (kg, text) => {
    expect(formatTonnes(kg)).toBe(text);
  });
});

describe('formatPricePerTon', () => {
  it.each([
    [356000, '3,560'],
    [356050, '3,560.50'],
    [1450012, '14,500.12'],
  ])('%i fen/t → %s (fen only when there are any)', (fen, text) => {
    expect(formatPricePerTon(fen)).toBe(text);
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
