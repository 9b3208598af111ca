import { describe, expect, it } from 'vitest';
import { computeCustomerInsights, gradePriority } from '../../../../../shared/customers';
import { createMatchingHandler } from '../../../../../renderer/src/features/desk/matchingHandler';
import type { DeskOffer, MatchingReplies } from '../../../../../renderer/src/features/desk/matchingMessages';

const spec = { text: 'Φ20*9m', dims: [20, 9000] };
const offer: DeskOffer = { id: 'o1', sellerId: 'seller', category: 'rebar', grade: 'HRB400E', spec, availableKg: 40_000, priceFenPerTon: 356_000, validUntil: '2026-11-30', status: 'open' };
const line = (lineId: string) => ({ lineId, category: 'rebar' as const, grades: ['HRB400E'], spec, weightKg: 30_000 });
// The gold buyer asked later; the newcomer first.
const requests = [
  { id: 'r-new', buyerId: 'newcomer', receivedAt: '2026-11-23T08:00:00+08:00', status: 'open' as const, lines: [line('l-new')] },
  { id: 'r-gold', buyerId: 'regular', receivedAt: '2026-11-23T09:00:00+08:00', status: 'open' as const, lines: [line('l-gold')] },
];
const regularsDeal = {
  buyerId: 'regular',
  sellerId: 'seller',
  dealOn: '2026-10-01',
  status: 'settled' as const,
  commission: { kind: 'per_ton' as const, fenPerTon: 1_000 },
  paidOnTime: true,
  lines: [{ category: 'rebar' as const, weightKg: 2_500_000, priceFenPerTon: 356_000 }],
};

describe('the matching worker handler', () => {
  it('ranks candidates from the offers it last indexed', () => {
    const handle = createMatchingHandler();
    expect(handle({ type: 'index', offers: [offer] })).toEqual({ offers: 1 });
    const ranked = handle({ type: 'rank', line: line('l'), buyerId: 'newcomer', today: '2026-11-23', limit: 5 }) as MatchingReplies['rank'];
    expect(ranked.map((c) => c.offer.id)).toEqual(['o1']);
    handle({ type: 'index', offers: [] });
    expect(handle({ type: 'rank', line: line('l'), buyerId: 'newcomer', today: '2026-11-23', limit: 5 })).toEqual([]);
  });

  it("never offers a buyer its own stock (a customer trading both ways), in the ranking or in allocate all", () => {
    const handle = createMatchingHandler();
    handle({ type: 'index', offers: [offer, { ...offer, id: 'own', sellerId: 'newcomer', priceFenPerTon: 350_000 }] });
    const ranked = handle({ type: 'rank', line: line('l'), buyerId: 'newcomer', today: '2026-11-23', limit: 5 }) as MatchingReplies['rank'];
    expect(ranked.map((c) => c.offer.id)).toEqual(['o1']);
    const allocated = handle({ type: 'allocate', requests: [requests[0]!], filledKg: [], gradeRank: [], today: '2026-11-23' }) as MatchingReplies['allocate'];
    expect(allocated.allocations.map((a) => a.offerId)).toEqual(['o1']);
  });

  it('allocates scarce supply to the higher-grade buyer first, the grade derived from the customer records', () => {
    const handle = createMatchingHandler();
    handle({ type: 'index', offers: [offer] });
    // The dialog sends the grade priority of the grades the customer pages show (the customer engines').
    const gradeRankOf = (deals: (typeof regularsDeal)[]): Array<[string, number]> =>
      computeCustomerInsights({ customers: [{ id: 'newcomer' }, { id: 'regular' }], deals }, '2026-11-23').map((insight) => [insight.customerId, gradePriority(insight.grade)]);
    const allocate = (deals: (typeof regularsDeal)[]) =>
      handle({ type: 'allocate', requests, filledKg: [], gradeRank: gradeRankOf(deals), today: '2026-11-23' }) as MatchingReplies['allocate'];
    // 2,500 t bought in the year makes the regular a gold customer: served first.
    expect(allocate([regularsDeal]).allocations.map((a) => [a.buyerId, a.weightKg])).toEqual([
      ['regular', 30_000],
      ['newcomer', 10_000],
    ]);
    // Without that record both are standard: the earlier request goes first.
    expect(allocate([]).allocations.map((a) => [a.buyerId, a.weightKg])).toEqual([
      ['newcomer', 30_000],
      ['regular', 10_000],
    ]);
  });
});
