import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOfferIndex } from '../../../../shared/matching/offerIndex';
import { rankOffers } from '../../../../shared/matching/rankOffers';
import { naiveRankOffers } from './naiveRankOffers';
import { offer, requestLine, TODAY } from './builders';

const ctx = { today: TODAY };
const ids = (candidates: Array<{ offer: { id: string } }>) => candidates.map((c) => c.offer.id);

describe('rankOffers: which offers are candidates', () => {
  it('keeps only the category, an acceptable grade, a fitting spec, open, valid and not sold out', () => {
    const offers = [
      offer('ok'),
      offer('coil', { category: 'coil_rebar', spec: { text: 'Φ20', dims: [20] } }),
      offer('plain', { grade: 'HRB400' }),
      offer('thicker', { spec: { text: 'Φ22*9m', dims: [22, 9000] } }),
      offer('expired', { validUntil: '2026-11-22' }),
      offer('closed', { status: 'closed' }),
      offer('sold', { availableKg: 0 }),
    ];
    expect(ids(rankOffers(requestLine(), offers, ctx))).toEqual(['ok']);
  });

  it('substitutes grades one way only: HRB400E fills HRB400, not the reverse', () => {
    const offers = [offer('seismic'), offer('plain', { grade: 'HRB400' })];
    expect(ids(rankOffers(requestLine({ grades: ['HRB400'] }), offers, ctx))).toEqual(['plain', 'seismic']);
    expect(ids(rankOffers(requestLine({ grades: ['HRB400E'] }), offers, ctx))).toEqual(['seismic']);
    const [, substitute] = rankOffers(requestLine({ grades: ['HRB400'] }), offers, ctx);
    expect(substitute!.explanation).toMatchObject({ grade: 'substitute', gradeAsked: 'HRB400' });
  });

  it('takes other lengths only within the buyer tolerance, ranked below the exact length', () => {
    const offers = [offer('12m', { spec: { text: 'Φ20*12m', dims: [20, 12000] } }), offer('9m')];
    expect(ids(rankOffers(requestLine(), offers, ctx))).toEqual(['9m']);
    const ranked = rankOffers(requestLine({ tolerance: { lengthsM: [9, 12] } }), offers, ctx);
    expect(ids(ranked)).toEqual(['9m', '12m']);
    expect(ranked[1]!.explanation.spec).toBe('within_tolerance');
  });
});

describe('rankOffers: order and explanation', () => {
  it('prefers the buyer’s mill, the cheaper offer against the target, the nearer one, the one that fills the line', () => {
    const line = requestLine({ brands: ['沙钢'] });
    expect(ids(rankOffers(line, [offer('other', { brand: '永钢' }), offer('asked')], ctx))).toEqual(['asked', 'other']);
    const target = requestLine({ targetPriceFenPerTon: 350_000 });
    expect(ids(rankOffers(target, [offer('dear', { priceFenPerTon: 360_000 }), offer('cheap', { priceFenPerTon: 350_000 })], ctx))).toEqual(['cheap', 'dear']);
    expect(ids(rankOffers(requestLine(), [offer('far', { city: '上海' }), offer('near', { city: '广州' })], ctx))).toEqual(['near', 'far']);
    expect(ids(rankOffers(requestLine(), [offer('small', { availableKg: 10_000 }), offer('big')], ctx))).toEqual(['big', 'small']);
  });

  it('breaks ties by price, then quantity, then id, whatever the input order', () => {
    const offers = [offer('b'), offer('a'), offer('cheaper', { priceFenPerTon: 355_000 }), offer('c')];
    const expected = ['cheaper', 'a', 'b', 'c'];
    expect(ids(rankOffers(requestLine(), offers, ctx))).toEqual(expected);
    expect(ids(rankOffers(requestLine(), [...offers].reverse(), ctx))).toEqual(expected);
  });

  it('explains in Chinese and English what matched, the price gap, the distance and the quantity', () => {
    const line = requestLine({ grades: ['HRB400'], brands: ['永钢'], targetPriceFenPerTon: 352_000, deliveryCity: '广州' });
    const [best] = rankOffers(line, [offer('o', { availableKg: 30_000 })], ctx);
    expect(best!.explanation).toMatchObject({
      grade: 'substitute',
      spec: 'exact',
      brand: 'other',
      priceGapFenPerTon: 4_000,
      fillsKg: 30_000,
    });
    expect(best!.explanation.distanceKm).toBeGreaterThan(10);
    expect(best!.explanation.reasons.map((r) => r.zh)).toEqual([
      '材质替代：HRB400E 代 HRB400',
      '规格一致：Φ20*9m',
      '非指定钢厂：沙钢（要 永钢）',
      '报价 ¥3,560.00/吨，比目标价高 ¥40.00',
      `距离约 ${best!.explanation.distanceKm} km（佛山→广州）`,
      '可供 30 吨，满足 50 吨中的一部分',
    ]);
    expect(best!.explanation.reasons[0]!.en).toBe('grade HRB400E substitutes for HRB400');
  });

  it('returns at most `limit` candidates', () => {
    const offers = Array.from({ length: 30 }, (_, i) => offer(`o${String(i).padStart(2, '0')}`, { priceFenPerTon: 350_000 + i * 100 }));
    const ranked = rankOffers(requestLine(), offers, { today: TODAY, limit: 5 });
    expect(ids(ranked)).toEqual(['o00', 'o01', 'o02', 'o03', 'o04']);
    expect(rankOffers(requestLine(), offers, ctx)).toHaveLength(20);
  });
});

describe('rankOffers with an index', () => {
  const CITIES = ['佛山', '广州', '上海', '杭州', '天津'];
  // Small worlds of rebar and coil, so that lines often meet offers (and often do not).
  const rebar = { category: fc.constant('rebar' as const), grade: fc.constantFrom('HRB400', 'HRB400E'), dims: fc.tuple(fc.constantFrom(16, 20), fc.constantFrom(9000, 12000)) };
  const coil = { category: fc.constant('hot_rolled_coil' as const), grade: fc.constantFrom('Q235B', 'Q355B', 'Q345B'), dims: fc.tuple(fc.constantFrom(2.75, 3), fc.constantFrom(1250, 1500)) };
  const trade = {
    brand: fc.constantFrom('沙钢', '永钢', '日照'),
    city: fc.constantFrom(...CITIES),
    availableKg: fc.integer({ min: 0, max: 200_000 }),
    priceFenPerTon: fc.integer({ min: 340_000, max: 380_000 }),
    validUntil: fc.constantFrom('2026-11-22', '2026-11-23', '2026-11-30'),
    status: fc.constantFrom('open' as const, 'open' as const, 'closed' as const),
  };
  const arbitraryOffer = fc.oneof(fc.record({ ...rebar, ...trade }), fc.record({ ...coil, ...trade }));
  const wants = {
    tolerance: fc.record({ lengthsM: fc.constant<number[]>([9, 12]), thicknessPlusMinusMm: fc.constantFrom(0.1, 0.25), widthMinMm: fc.constant(1250), widthMaxMm: fc.constant(1500) }, { requiredKeys: [] }),
    brands: fc.option(fc.subarray(['沙钢', '永钢'], { minLength: 1 }), { nil: undefined }),
    deliveryCity: fc.option(fc.constantFrom(...CITIES), { nil: undefined }),
    targetPriceFenPerTon: fc.option(fc.integer({ min: 340_000, max: 380_000 }), { nil: undefined }),
    weightKg: fc.integer({ min: 1, max: 150_000 }),
  };
  const arbitraryLine = fc.oneof(
    fc.record({ ...rebar, grades: fc.subarray(['HRB400', 'HRB400E'], { minLength: 1 }), ...wants }),
    fc.record({ ...coil, grades: fc.subarray(['Q235B', 'Q345B', 'Q355B'], { minLength: 1 }), ...wants }),
  );

  it('returns exactly what scoring every offer and sorting them all returns', () => {
    let runsWithCandidates = 0;
    fc.assert(
      fc.property(fc.array(arbitraryOffer, { maxLength: 100 }), arbitraryLine, (drafts, wanted) => {
        const offers = drafts.map(({ dims, ...o }, i) => offer(`o${i}`, { ...o, spec: { text: dims.join('*'), dims } }));
        const { dims, grade: _grade, ...rest } = wanted;
        const line = requestLine({ ...rest, spec: { text: dims.join('*'), dims } });
        const ranked = rankOffers(line, createOfferIndex(offers), { today: TODAY, limit: 10 });
        expect(ranked).toEqual(naiveRankOffers(line, offers, { today: TODAY, limit: 10 }));
        if (ranked.length > 0) runsWithCandidates++;
      }),
      { numRuns: 500 },
    );
    // The generated books must actually produce candidates for the comparison to mean something.
    expect(runsWithCandidates).toBeGreaterThan(100);
  });
});
