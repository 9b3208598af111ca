import { describe, expect, it } from 'vitest';
import { formatFen, yuanToFen } from '../../../../shared/money/fen';
import { lineAmountFen } from '../../../../shared/money/lineAmount';

describe('yuanToFen', () => {
  it.each([
    ['3560', 356_000],
    ['3,560', 356_000],
    ['3560.5', 356_050],
    ['0.05', 5],
    ['1.005', 101],
    ['1.004', 100],
    ['12,345,678.90', 1_234_567_890],
  ])('%s → %i fen, exactly', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each(['', '-1', '1e3', 'abc', '3.5.6', '99999999999999999999'])('refuses %j', (yuan) => {
    expect(yuanToFen(yuan)).toBeUndefined();
  });
});

describe('formatFen', () => {
  it.each([
    [356_050, '¥3,560.50'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [-1_230, '-¥12.30'],
    [123_456_789_012, '¥1,234,567,890.12'],
  ])('%i → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });
});

describe('lineAmountFen', () => {
  it('is price per tonne × kg / 1000, rounded half up to the fen', () => {
    expect(lineAmountFen(356_000, 56_000)).toBe(19_936_000);
    expect(lineAmountFen(356_050, 1)).toBe(356); // 356.05 fen
    expect(lineAmountFen(356_500, 1)).toBe(357); // 356.5 fen rounds up
  });

  it('stays exact beyond 2^53 by switching to BigInt', () => {
    // 9,000,000,000,000,001 fen·kg / 1000 is not representable as a double product.
    expect(lineAmountFen(9_000_000_000_001, 1000)).toBe(9_000_000_000_001);
    expect(lineAmountFen(Number.MAX_SAFE_INTEGER, 1000)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses fractional money or weight', () => {
    expect(() => lineAmountFen(356_000.5, 10)).toThrow(/whole fen/);
    expect(() => lineAmountFen(356_000, 0.5)).toThrow(/whole non-negative kg/);
  });
});
