import { describe, expect, it } from 'vitest';
import { REBAR_GRAMS_PER_METRE } from '../../../../shared/weight/rebarMass';
import { theoreticalWeight } from '../../../../shared/weight/theoreticalWeight';
import { formatTons, tonsToKg } from '../../../../shared/weight/tons';

describe('theoreticalWeight (理计)', () => {
  it('weighs rebar by the GB/T 1499.2 nominal mass table', () => {
    // Φ20 = 2.47 kg/m: 100 bars of 9 m = 2223 kg.
    expect(theoreticalWeight({ category: 'rebar', dims: [20, 9000], pieces: 100 })).toBe(2223);
    // Φ12 = 0.888 kg/m: 1000 bars of 12 m = 10,656 kg.
    expect(theoreticalWeight({ category: 'rebar', dims: [12, 12000], pieces: 1000 })).toBe(10_656);
  });

  it('has table masses close to 0.00617 × d² kg/m, as the standard rounds them', () => {
    for (const [diameter, grams] of Object.entries(REBAR_GRAMS_PER_METRE)) {
      const formula = 6.17 * Number(diameter) ** 2;
      expect(Math.abs(grams - formula) / formula).toBeLessThan(0.005);
    }
  });

  it('weighs plate as t × w × l × 7.85 and stainless at 7.93', () => {
    // 20 × 2.2 m × 8 m × 7.85 = 2763.2 kg a plate.
    expect(theoreticalWeight({ category: 'plate', dims: [20, 2200, 8000], pieces: 1 })).toBe(2763);
    expect(theoreticalWeight({ category: 'plate', dims: [20, 2200, 8000], pieces: 10 })).toBe(27_632);
    // 6.5 mm decimal thickness stays exact: 6.5 × 1.5 × 6 × 7.85 = 459.225 kg.
    expect(theoreticalWeight({ category: 'plate', dims: [6.5, 1500, 6000], pieces: 1000 })).toBe(459_225);
    expect(theoreticalWeight({ category: 'stainless', dims: [1, 1219, 2438], pieces: 100 })).toBe(2357);
  });

  it('weighs round pipe as (OD − wall) × wall × 0.02466 kg/m', () => {
    // Φ48 × 3.5: 3.840 kg/m (to the gram 3.8407); 100 pipes of 6 m = 2304.4 kg.
    expect(theoreticalWeight({ category: 'welded_pipe', dims: [48, 3.5], pieces: 100, lengthMm: 6000 })).toBe(2304);
    // The length may come with the spec (Φ48*3.5*6m).
    expect(theoreticalWeight({ category: 'galvanized_pipe', dims: [48, 3.5, 6000], pieces: 100 })).toBe(2304);
    // 159 × 5: 154 × 5 × 0.02466 = 18.9882 kg/m.
    expect(theoreticalWeight({ category: 'seamless_pipe', dims: [159, 5], pieces: 1000, lengthMm: 1000 })).toBe(18_988);
  });

  it('weighs square tube, angle and H-beam by their section area × 7.85', () => {
    // 100 × 100 × 4: (400 − 16) × 4 mm² = 1536 mm² → 12.0576 kg/m.
    expect(theoreticalWeight({ category: 'square_pipe', dims: [100, 100, 4], pieces: 1000, lengthMm: 1000 })).toBe(12_058);
    // ∠50 × 5: (50 + 50 − 5) × 5 = 475 mm² → 3.72875 kg/m (table 3.77 with radii).
    expect(theoreticalWeight({ category: 'angle', dims: [50, 50, 5], pieces: 1000, lengthMm: 1000 })).toBe(3729);
    // HN300 × 150 × 6.5 × 9: 2 × 150 × 9 + 282 × 6.5 = 4533 mm² → 35.584 kg/m (table 36.7 with root radii).
    expect(theoreticalWeight({ category: 'h_beam', dims: [300, 150, 6.5, 9], pieces: 1000, lengthMm: 1000 })).toBe(35_584);
  });

  it.each([
    [{ category: 'hot_rolled_coil' as const, dims: [3, 1500], pieces: 1 }, /needs 3 dimensions/],
    [{ category: 'wire_rod' as const, dims: [8], pieces: 1 }, /no theoretical weight by formula/],
    [{ category: 'channel' as const, dims: [16], pieces: 1 }, /no theoretical weight by formula/],
    [{ category: 'rebar' as const, dims: [21, 9000], pieces: 1 }, /Φ21 is not a standard rebar diameter/],
    [{ category: 'rebar' as const, dims: [20], pieces: 1 }, /needs 2 dimensions/],
    [{ category: 'welded_pipe' as const, dims: [48, 3.5], pieces: 1 }, /needs the length of a piece/],
    [{ category: 'rebar' as const, dims: [20, 9000], pieces: 1.5 }, /not a whole number of pieces/],
  ])('refuses what it cannot weigh: %j', (input, message) => {
    expect(() => theoreticalWeight(input)).toThrow(message);
  });
});

describe('tonnes and kg', () => {
  it('converts tonnes as written to whole kg without floating point', () => {
    expect(tonsToKg('56')).toBe(56_000);
    expect(tonsToKg('32.456')).toBe(32_456);
    expect(tonsToKg('0.1')).toBe(100);
    expect(tonsToKg('1.0005')).toBe(1001);
    expect(tonsToKg('x')).toBeUndefined();
  });

  it('shows kg as tonnes without trailing zeros', () => {
    expect(formatTons(56_500)).toBe('56.5');
    expect(formatTons(50_000)).toBe('50');
    expect(formatTons(32_456)).toBe('32.456');
    expect(formatTons(5)).toBe('0.005');
  });
});
