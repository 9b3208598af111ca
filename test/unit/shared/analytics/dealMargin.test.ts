import { describe, expect, it } from 'vitest';
import { dealVolume, splitMargin } from '../../../../shared/analytics/dealVolume';
import { DEALS } from '../../../fixtures/analytics/smallBook';

const d20 = DEALS[19]!; // rebar 30 t + wire rod 10 t, ¥20/t
const d07 = DEALS[6]!; // spread, 10 501 kg at 3 600 − 3 550 ¥/t

describe('dealVolume', () => {
  it('charges a per-tonne commission on the weight of the lines', () => {
    expect(dealVolume(d20, null)).toEqual({ kg: 40_000, marginFen: 80_000 });
  });

  it('keeps only the lines of the filtered categories, and no deal without one', () => {
    expect(dealVolume(d20, new Set(['rebar']))).toEqual({ kg: 30_000, marginFen: 60_000 });
    expect(dealVolume(d20, new Set(['plate']))).toBeNull();
  });

  it('takes the spread as buyer amount minus seller amount, each rounded to the fen', () => {
    // round(3 780 360) − round(3 727 855) = 52 505
    expect(dealVolume(d07, null)).toEqual({ kg: 10_501, marginFen: 52_505 });
  });

  it('adds nothing for a spread line without a seller price', () => {
    const line = { ...d07.lines[0]!, sellerPriceFenPerTon: undefined };
    expect(dealVolume({ ...d07, lines: [line, d07.lines[0]!] }, null)).toEqual({ kg: 21_002, marginFen: 52_505 });
  });
});

describe('splitMargin', () => {
  it('gives each party half, the buyer the odd fen, and loses nothing', () => {
    expect(splitMargin(52_505)).toEqual({ buyerFen: 26_253, sellerFen: 26_252 });
    expect(splitMargin(-5)).toEqual({ buyerFen: -2, sellerFen: -3 });
    for (const margin of [0, 1, 7, 1_000_001, -9]) {
      const { buyerFen, sellerFen } = splitMargin(margin);
      expect(buyerFen + sellerFen).toBe(margin);
    }
  });
});
