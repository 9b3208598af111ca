import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, type CategoryCode } from '../../../../shared/catalogue/categories';
import { dayOf } from '../../../../shared/calendar/marketCalendar';
import { DEMO_CITIES } from '../../../../shared/demo/data/places';
import { sampleLot } from '../../../../shared/demo/lot';
import { marketLevel } from '../../../../shared/demo/marketPrice';
import { DEMO_PRODUCTS } from '../../../../shared/demo/products/catalogue';
import { Random } from '../../../../shared/demo/random';
import { formatSpec } from '../../../../shared/catalogue/formatSpec';
import { DN_OUTER_DIAMETER_MM } from '../../../../shared/catalogue/pipeSizes';
import { SPEC_LAYOUTS } from '../../../../shared/catalogue/specLayout';
import { SpecSchema } from '../../../../shared/model/primitives';
import { theoreticalWeight } from '../../../../shared/weight/theoreticalWeight';

/** How many of the catalogue's dims a demo spec states: coils no length, pipes no length, DN pipes the diameter. */
const DIMS: Record<CategoryCode, number> = {
  rebar: 2, coil_rebar: 1, wire_rod: 1, hot_rolled_coil: 2, cold_rolled: 2, galvanized_sheet: 2, plate: 3, stainless: 2,
  h_beam: 4, i_beam: 1, channel: 1, angle: 3, welded_pipe: 2, galvanized_pipe: 1, seamless_pipe: 2, square_pipe: 3,
};
/** Categories whose canonical text needs notation the dims do not carry (series, DN, finish). */
const NOTATED = new Set<CategoryCode>(['h_beam', 'galvanized_pipe', 'stainless']);

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
  angle: /^∠\d+\*\d+$/,
  welded_pipe: /^Φ\d+\*[\d.]+$/,
  galvanized_pipe: /^DN\d+$/,
  seamless_pipe: /^Φ\d+\*\d+(\.5)?$/,
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
      expect(spec.dims.length).toBeLessThanOrEqual(SPEC_LAYOUTS[code].length);
      if (!NOTATED.has(code)) expect(spec.text).toBe(formatSpec(code, spec.dims));
      expect(spec.dims.every((d) => d > 0)).toBe(true);
      expect(typed.length).toBeGreaterThan(0);
      expect(Number.isInteger(pieceKg) && pieceKg > 0).toBe(true);
    }
  });

  it('weigh rebar bundles (whole bars, about 2.5 t) and plates by the project’s theoretical weights', () => {
    const rng = new Random(2);
    for (let i = 0; i < 100; i++) {
      const rebar = DEMO_PRODUCTS.rebar.sampleSpec(rng);
      const barKg = theoreticalWeight({ category: 'rebar', dims: rebar.spec.dims, pieces: 1000 }) / 1000;
      const bars = Math.round(rebar.pieceKg / barKg);
      expect(rebar.pieceKg).toBe(theoreticalWeight({ category: 'rebar', dims: rebar.spec.dims, pieces: bars }));
      expect(rebar.pieceKg).toBeGreaterThan(2_000);
      expect(rebar.pieceKg).toBeLessThan(3_000);
      const plate = DEMO_PRODUCTS.plate.sampleSpec(rng);
      expect(plate.pieceKg).toBe(theoreticalWeight({ category: 'plate', dims: plate.spec.dims, pieces: 1 }));
    }
  });

  it('store DN pipes by their outer diameter, as the catalogue does', () => {
    const rng = new Random(6);
    for (let i = 0; i < 50; i++) {
      const { spec } = DEMO_PRODUCTS.galvanized_pipe.sampleSpec(rng);
      expect(spec.dims[0]).toBe(DN_OUTER_DIAMETER_MM[Number(spec.text.slice(2))]);
    }
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
