import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocatableRequest, type AllocationResult } from '../../../../shared/matching/allocate';
import type { MatchableOffer } from '../../../../shared/matching/matchTypes';
import { specFit } from '../../../../shared/matching/specFit';
import { gradeFit } from '../../../../shared/catalogue/gradeSubstitution';
import { offer, request, requestLine, TODAY } from './builders';

const ranks = new Map([
  ['diamond-buyer', 3],
  ['gold-buyer', 2],
  ['standard-buyer', 0],
]);
const ctx = { today: TODAY, gradeRank: ranks };

describe('allocate', () => {
  it('splits a line across offers, best first, never giving an offer more than it has', () => {
    const result = allocate(
      [request('r1', 'gold-buyer', [requestLine({ weightKg: 80_000 })])],
      [offer('cheap', { availableKg: 30_000, priceFenPerTon: 350_000 }), offer('dear', { availableKg: 100_000, priceFenPerTon: 360_000 })],
      ctx,
    );
    // The larger offer fills the line alone; it scores higher (fills more) and is taken first.
    expect(result.allocations.map((a) => [a.offerId, a.weightKg])).toEqual([
      ['dear', 80_000],
    ]);
    const split = allocate(
      [request('r1', 'gold-buyer', [requestLine({ weightKg: 80_000 })])],
      [offer('a', { availableKg: 30_000 }), offer('b', { availableKg: 30_000, priceFenPerTon: 355_000 }), offer('c', { availableKg: 10_000 })],
      ctx,
    );
    expect(split.allocations.map((a) => [a.offerId, a.weightKg])).toEqual([
      ['b', 30_000],
      ['a', 30_000],
      ['c', 10_000],
    ]);
    expect(split.lines).toEqual([{ requestId: 'r1', lineId: 'line-1', buyerId: 'gold-buyer', requestedKg: 80_000, allocatedKg: 70_000, shortKg: 10_000 }]);
    expect(split.remainingKg).toEqual(new Map([['b', 0], ['a', 0], ['c', 0]]));
  });

  it('serves the higher-grade buyer first when supply is short, whoever asked first', () => {
    const result = allocate(
      [
        request('early', 'standard-buyer', [requestLine({ lineId: 'std' })], '2026-11-23T08:00:00+08:00'),
        request('late', 'diamond-buyer', [requestLine({ lineId: 'dia' })], '2026-11-23T11:00:00+08:00'),
      ],
      [offer('only', { availableKg: 60_000 })],
      ctx,
    );
    expect(result.allocations.map((a) => [a.buyerId, a.weightKg])).toEqual([
      ['diamond-buyer', 50_000],
      ['standard-buyer', 10_000],
    ]);
    expect(result.lines.map((l) => [l.lineId, l.shortKg])).toEqual([
      ['dia', 0],
      ['std', 40_000],
    ]);
  });

  it('serves buyers of the same grade in the order they asked', () => {
    const result = allocate(
      [request('second', 'gold-buyer', [requestLine({ lineId: 'b' })], '2026-11-23T10:00:00+08:00'), request('first', 'x', [requestLine({ lineId: 'a' })], '2026-11-23T09:00:00+08:00')],
      [offer('only', { availableKg: 50_000 })],
      { today: TODAY, gradeRank: () => 1 },
    );
    expect(result.allocations.map((a) => a.lineId)).toEqual(['a']);
  });

  it('allocates only what earlier deals have not filled, and skips requests no longer open', () => {
    const result = allocate(
      [request('r1', 'gold-buyer', [requestLine({ lineId: 'part' })]), { ...request('r2', 'gold-buyer', [requestLine({ lineId: 'closed' })]), status: 'filled' }],
      [offer('o', { availableKg: 100_000 })],
      { ...ctx, filledKg: new Map([['part', 35_000]]) },
    );
    expect(result.allocations.map((a) => [a.lineId, a.weightKg])).toEqual([['part', 15_000]]);
    expect(result.lines).toHaveLength(1);
  });

  it('only uses offers the line can take: grade substitutes one way, spec within tolerance', () => {
    const result = allocate(
      [request('r1', 'gold-buyer', [requestLine({ grades: ['HRB400E'], tolerance: { lengthsM: [9, 12] } })])],
      [offer('plain', { grade: 'HRB400' }), offer('long', { spec: { text: 'Φ20*12m', dims: [20, 12000] }, availableKg: 20_000 }), offer('thick', { spec: { text: 'Φ22*9m', dims: [22, 9000] } })],
      ctx,
    );
    expect(result.allocations.map((a) => a.offerId)).toEqual(['long']);
  });
});

describe('allocate, for any book of offers and requests', () => {
  const buyers = ['b0', 'b1', 'b2', 'b3', 'b4'];
  const arbitraryOffer = fc.record({
    grade: fc.constantFrom('HRB400', 'HRB400E'),
    diameter: fc.constantFrom(16, 20),
    length: fc.constantFrom(9000, 12000),
    availableKg: fc.integer({ min: 0, max: 60_000 }),
    priceFenPerTon: fc.integer({ min: 340_000, max: 370_000 }),
    city: fc.constantFrom('佛山', '广州', '上海'),
  });
  const arbitraryLine = fc.record({
    grades: fc.constantFrom<string[]>(['HRB400'], ['HRB400E'], ['HRB400', 'HRB400E']),
    diameter: fc.constantFrom(16, 20),
    length: fc.constantFrom(9000, 12000),
    bothLengths: fc.boolean(),
    weightKg: fc.integer({ min: 1, max: 80_000 }),
    filledKg: fc.integer({ min: 0, max: 30_000 }),
  });
  const arbitraryRequest = fc.record({ buyer: fc.constantFrom(...buyers), minute: fc.integer({ min: 0, max: 600 }), lines: fc.array(arbitraryLine, { minLength: 1, maxLength: 3 }) });
  const book = fc.record({
    offers: fc.array(arbitraryOffer, { maxLength: 25 }),
    requests: fc.array(arbitraryRequest, { maxLength: 12 }),
    ranks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: buyers.length, maxLength: buyers.length }),
  });

  type Book = typeof book extends fc.Arbitrary<infer T> ? T : never;

  function build(generated: Book) {
    const offers: MatchableOffer[] = generated.offers.map((o, i) =>
      offer(`o${String(i).padStart(2, '0')}`, { ...o, spec: { text: `Φ${o.diameter}*${o.length / 1000}m`, dims: [o.diameter, o.length] } }),
    );
    const filledKg = new Map<string, number>();
    const requests: AllocatableRequest[] = generated.requests.map((r, i) => {
      const lines = r.lines.map((l, j) => {
        const lineId = `r${i}-l${j}`;
        filledKg.set(lineId, l.filledKg);
        return requestLine({
          lineId,
          grades: l.grades,
          spec: { text: `Φ${l.diameter}`, dims: [l.diameter, l.length] },
          weightKg: l.weightKg,
          ...(l.bothLengths ? { tolerance: { lengthsM: [9, 12] } } : {}),
        });
      });
      const at = new Date(Date.UTC(2026, 10, 23, 1, r.minute)).toISOString().replace('Z', '+00:00');
      return request(`r${i}`, r.buyer, lines, at);
    });
    const gradeRank = new Map(buyers.map((b, i) => [b, generated.ranks[i]!]));
    return { offers, requests, context: { today: TODAY, gradeRank, filledKg } };
  }

  it('never over-fills a line or an offer, and gives each line only offers it can take', () => {
    fc.assert(
      fc.property(book, (generated) => {
        const { offers, requests, context } = build(generated);
        const result = allocate(requests, offers, context);
        const lines = new Map(requests.flatMap((r) => r.lines.map((l) => [l.lineId, l] as const)));
        const byOffer = new Map(offers.map((o) => [o.id, o]));
        const perOffer = new Map<string, number>();
        const perLine = new Map<string, number>();
        for (const a of result.allocations) {
          expect(a.weightKg).toBeGreaterThan(0);
          perOffer.set(a.offerId, (perOffer.get(a.offerId) ?? 0) + a.weightKg);
          perLine.set(a.lineId, (perLine.get(a.lineId) ?? 0) + a.weightKg);
          const line = lines.get(a.lineId)!;
          const given = byOffer.get(a.offerId)!;
          expect(line.grades.some((g) => gradeFit(given.grade, g))).toBe(true);
          expect(specFit(line.category, line.spec, line.tolerance, given.spec)).toBeDefined();
        }
        for (const [id, kg] of perOffer) {
          expect(kg).toBeLessThanOrEqual(byOffer.get(id)!.availableKg);
          expect(result.remainingKg.get(id)).toBe(byOffer.get(id)!.availableKg - kg);
        }
        for (const [id, kg] of perLine) expect(kg).toBeLessThanOrEqual(Math.max(0, lines.get(id)!.weightKg - context.filledKg.get(id)!));
        for (const outcome of result.lines) expect(outcome.allocatedKg).toBe(perLine.get(outcome.lineId) ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it('respects grade priority: a lower-grade buyer gets an offer only if every higher-grade line that could use it is full', () => {
    let contested = 0;
    fc.assert(
      fc.property(book, (generated) => {
        const { offers, requests, context } = build(generated);
        const result = allocate(requests, offers, context);
        const buyerOf = new Map(requests.flatMap((r) => r.lines.map((l) => [l.lineId, r.buyerId] as const)));
        const rank = (lineId: string) => context.gradeRank.get(buyerOf.get(lineId)!)!;
        const outcome = new Map(result.lines.map((l) => [l.lineId, l]));
        const byOffer = new Map(offers.map((o) => [o.id, o]));
        for (const given of result.allocations) {
          const o = byOffer.get(given.offerId)!;
          for (const r of requests) {
            for (const higher of r.lines) {
              if (rank(higher.lineId) <= rank(given.lineId)) continue;
              const canUse = higher.grades.some((g) => gradeFit(o.grade, g)) && specFit(higher.category, higher.spec, higher.tolerance, o.spec) !== undefined;
              if (!canUse) continue;
              contested++;
              expect(outcome.get(higher.lineId)!.shortKg).toBe(0);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(contested).toBeGreaterThan(50);
  });

  it('is deterministic and does not depend on the order offers and requests are given in', () => {
    const shuffle = <T>(items: T[], seed: number) => items.map((item, i) => ({ item, key: (i * 7919 + seed * 104729) % 1000003 })).sort((a, b) => a.key - b.key).map((x) => x.item);
    fc.assert(
      fc.property(book, fc.integer({ min: 1, max: 1000 }), (generated, seed) => {
        const { offers, requests, context } = build(generated);
        const once: AllocationResult = allocate(requests, offers, context);
        expect(allocate(requests, offers, context)).toEqual(once);
        const shuffled = allocate(shuffle(requests, seed), shuffle(offers, seed + 1), context);
        expect(shuffled.allocations).toEqual(once.allocations);
        expect(new Map([...shuffled.remainingKg].sort())).toEqual(new Map([...once.remainingKg].sort()));
      }),
      { numRuns: 300 },
    );
  });
});
