import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, type CategoryCode } from '../../../../shared/catalogue/categories';
import { dayOf } from '../../../../shared/demo/calendar';
import { DEMO_CITIES } from '../../../../shared/demo/data/places';
import { sampleLot } from '../../../../shared/demo/lot';
import { marketLevel } from '../../../../shared/demo/marketPrice';
import { DEMO_PRODUCTS } from '../../../../shared/demo/products/catalogue';
import { barKgPerM, plateKg } from '../../../../shared/demo/products/steelWeights';
import { Random } from '../../../../shared/demo/random';
import { SpecSchema } from '../../../../shared/model/primitives';

/** The dims arity each category documents (see the product files). */
const DIMS: Record<CategoryCode, number> = {
  rebar: 2, coil_rebar: 1, wire_rod: 1, hot_rolled_coil: 2, cold_rolled: 2, galvanized_sheet: 2, plate: 3, stainless: 2,
  h_beam: 4, i_beam: 1, channel: 1, angle: 3, welded_pipe: 2, galvanized_pipe: 1, seamless_pipe: 2, square_pipe: 3,
};

/** Canonical spec notation per category, as DOMAIN.md and the product files write it. */
const NOTATION: Record<CategoryCode, RegExp> = {
  rebar: /^Φ\d+\*(9|12)m$/,
  coil_rebar: /^Φ\d+$/,
  wire_rod: /^Φ\d+(\.5)?$/,
  hot_rolled_coil: /^\d+\.\d+\*\d{4}\*C$/,
  cold_rolled: /^\d\.\d+\*\d{4}\*C$/,
  galvanized_sheet: /^\d\.\d+\*\d{4}\*C$/,
  plate: /^\d+\*\d{4}\*\d{4,5}$/,
  stainless: /^(2B|BA|NO\.1) \d\.\d+\*\d{4}\*C$/,
  h_beam: /^H[WN]\d+\*\d+\*[\d.]+\*\d+$/,
  i_beam: /^\d+#$/,
  channel: /^[\d.]+#$/,
  angle: /^(\d+)\*\1\*\d+$/,
  welded_pipe: /^Φ\d+\*[\d.]+$/,
  galvanized_pipe: /^DN\d+$/,
  seamless_pipe: /^\d+\*\d+(\.5)?$/,
  square_pipe: /^\d+\*\d+\*[\d.]+$/,
};

describe('demo products', () => {
  it('cover every category of the catalogue', () => {
    expect(Object.keys(DEMO_PRODUCTS).sort()).toEqual([...CATEGORY_CODES].sort());
    for (const code of CATEGORY_CODES) expect(DEMO_PRODUCTS[code].category).toBe(code);
  });

  it.each(CATEGORY_CODES)('sample %s specs in the market notation with the documented dims', (code) => {
    const rng = new Random(11, 0, CATEGORY_CODES.indexOf(code));
    for (let i = 0; i < 200; i++) {
      const { spec, typed, pieceKg } = DEMO_PRODUCTS[code].sampleSpec(rng);
      expect(SpecSchema.safeParse(spec).success).toBe(true);
      expect(spec.text).toMatch(NOTATION[code]);
      expect(spec.dims).toHaveLength(DIMS[code]);
      expect(spec.dims.every((d) => d > 0)).toBe(true);
      expect(typed.length).toBeGreaterThan(0);
      expect(pieceKg).toBeGreaterThan(0);
    }
  });

  it('weigh rebar bundles and plates by the theoretical formulas', () => {
    const rng = new Random(2);
    for (let i = 0; i < 100; i++) {
      const rebar = DEMO_PRODUCTS.rebar.sampleSpec(rng);
      const [d, lengthMm] = rebar.spec.dims as [number, number];
      const bars = rebar.pieceKg / (barKgPerM(d) * (lengthMm / 1000));
      expect(Math.abs(bars - Math.round(bars))).toBeLessThan(1e-9);
      expect(rebar.pieceKg).toBeGreaterThan(1500);
      expect(rebar.pieceKg).toBeLessThan(3500);
      const plate = DEMO_PRODUCTS.plate.sampleSpec(rng);
      const [t, w, l] = plate.spec.dims as [number, number, number];
      expect(plate.pieceKg).toBeCloseTo(plateKg(t, w, l), 6);
    }
    expect(barKgPerM(20)).toBeCloseTo(2.468, 3);
  });

  it('price lots in whole tens of yuan near the 2026 bands', () => {
    const today = dayOf('2026-11-20');
    const home = DEMO_CITIES[0]!;
    for (const code of CATEGORY_CODES) {
      const rng = new Random(3, 0, CATEGORY_CODES.indexOf(code));
      for (let i = 0; i < 100; i++) {
        const lot = sampleLot(rng, code, today, today, home);
        const [low, high] = lot.grade.priceYuan ?? lot.product.priceYuan;
        const yuan = lot.priceFenPerTon / 100;
        expect(lot.priceFenPerTon % 1000).toBe(0);
        expect(yuan).toBeGreaterThanOrEqual(low - 100);
        expect(yuan).toBeLessThanOrEqual(high + 400);
        expect(Number.isInteger(lot.weightKg) && lot.weightKg > 0).toBe(true);
        if (lot.weighing === 'theoretical') expect(lot.weightKg).toBe(Math.round(lot.pieces * lot.spec.pieceKg));
      }
    }
    expect(DEMO_PRODUCTS.rebar.priceYuan).toEqual([3300, 3700]);
    expect(DEMO_PRODUCTS.stainless.grades.values.find((g) => g.name === '304')?.priceYuan).toEqual([13_000, 15_000]);
  });

  it('move the market level by a few percent over the year, 1 on today', () => {
    const today = dayOf('2026-11-20');
    expect(marketLevel(today, today)).toBe(1);
    const levels = Array.from({ length: 365 }, (_, i) => marketLevel(today - i, today));
    expect(Math.max(...levels)).toBeLessThan(1.06);
    expect(Math.min(...levels)).toBeGreaterThan(0.94);
    expect(Math.max(...levels) - Math.min(...levels)).toBeGreaterThan(0.05);
  });
});
