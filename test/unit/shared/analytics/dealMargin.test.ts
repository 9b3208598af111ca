import { describe, expect, it } from 'vitest';
import { dealMarginFen, dealWeightKg, marginShareFen } from '../../../../shared/analytics/dealMargin';
import type { Deal } from '../../../../shared/model/deal';
import { DEALS } from '../../../fixtures/analytics/smallBook';

const d20 = DEALS[19]!; // rebar 30 t + wire rod 10 t, ¥20/t
const d07 = DEALS[6]!; // spread, 10 501 kg at 3 600 − 3 550 ¥/t

function volume(deal: Deal, categories: ReadonlySet<Deal['lines'][number]['category']> | null) {
  const kg = dealWeightKg(deal, categories);
  return { kg, marginFen: dealMarginFen(deal, categories, kg) };
}

describe('dealWeightKg and dealMarginFen', () => {
  it('charge a per-tonne commission on the weight of the lines', () => {
    expect(volume(d20, null)).toEqual({ kg: 40_000, marginFen: 80_000 });
  });

  it('keep only the lines of the filtered categories, weighing 0 without one', () => {
    expect(volume(d20, new Set(['rebar']))).toEqual({ kg: 30_000, marginFen: 60_000 });
    expect(dealWeightKg(d20, new Set(['plate']))).toBe(0);
  });

  it('take the spread as buyer amount minus seller amount, each rounded to the fen', () => {
    // round(3 780 360) − round(3 727 855) = 52 505
    expect(volume(d07, null)).toEqual({ kg: 10_501, marginFen: 52_505 });
  });

  it('add nothing for a spread line without a seller price, or outside the categories', () => {
    const unpriced = { ...d07.lines[0]!, sellerPriceFenPerTon: undefined };
    expect(volume({ ...d07, lines: [unpriced, d07.lines[0]!] }, null)).toEqual({ kg: 21_002, marginFen: 52_505 });
    const plate = { ...d07.lines[0]!, category: 'plate' as const };
    expect(volume({ ...d07, lines: [plate, d07.lines[0]!] }, new Set(['hot_rolled_coil']))).toEqual({ kg: 10_501, marginFen: 52_505 });
  });
});

describe('marginShareFen', () => {
  it('gives the seller half, leaving the buyer the odd fen, and loses nothing', () => {
    expect(marginShareFen(52_505, 'seller')).toBe(26_252);
    expect(marginShareFen(52_505, 'buyer')).toBe(26_253);
    expect(marginShareFen(-5, 'seller')).toBe(-3);
    expect(marginShareFen(-5, 'buyer')).toBe(-2);
    for (const margin of [0, 1, 7, 1_000_001, -9]) {
      const seller = marginShareFen(margin, 'seller');
      const buyer = marginShareFen(margin, 'buyer');
      expect(buyer + seller).toBe(margin);
      expect(buyer - seller).toBeGreaterThanOrEqual(0);
      expect(buyer - seller).toBeLessThanOrEqual(1);
    }
  });
});
