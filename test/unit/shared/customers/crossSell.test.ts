import { describe, expect, it } from 'vitest';
import type { CategoryCode } from '../../../../shared/catalogue/categories';
import { buildCategoryAffinity, categoriesBoughtBy, crossSellHints, type InsightDeal } from '../../../../shared/customers';
import { deal, idCreatedOn } from './handBuiltBook';

const SELLER = idCreatedOn('2020-01-01');

function buyerOf(categories: readonly CategoryCode[]): { id: string; deals: InsightDeal[] } {
  const id = idCreatedOn('2025-01-01');
  return { id, deals: categories.map((category) => deal(id, SELLER, { on: '2026-05-01', category })) };
}

// 10 rebar buyers: 8 also take wire rod, 2 also take plate. 2 buyers take only H-beams.
const rebarAndWireRod = Array.from({ length: 8 }, () => buyerOf(['rebar', 'wire_rod']));
const rebarAndPlate = Array.from({ length: 2 }, () => buyerOf(['rebar', 'plate']));
const beamsOnly = Array.from({ length: 2 }, () => buyerOf(['h_beam']));
const all = [...rebarAndWireRod, ...rebarAndPlate, ...beamsOnly];
const affinity = buildCategoryAffinity(all.flatMap((buyer) => buyer.deals));

describe('category affinity', () => {
  it('counts buyers, not deals, per category and per pair', () => {
    const twice = buyerOf(['rebar', 'rebar', 'wire_rod']);
    const counted = buildCategoryAffinity(twice.deals);
    expect(counted.buyers).toBe(1);
    expect(categoriesBoughtBy(counted, twice.id)).toEqual(['rebar', 'wire_rod']);
    expect(affinity.buyers).toBe(12);
  });

  it('ignores drafts and cancelled deals', () => {
    const id = idCreatedOn('2025-01-01');
    const counted = buildCategoryAffinity([
      deal(id, SELLER, { on: '2026-05-01', category: 'rebar', status: 'draft' }),
      deal(id, SELLER, { on: '2026-05-01', category: 'plate', status: 'cancelled' }),
    ]);
    expect(counted.buyers).toBe(0);
  });
});

describe('cross-sell hints', () => {
  it('suggests wire rod to a rebar-only buyer, with support and confidence', () => {
    const [hint, ...rest] = crossSellHints(affinity, ['rebar']);
    expect(hint).toEqual({
      category: 'wire_rod',
      because: 'rebar',
      customersBoth: 8,
      support: 8 / 12,
      confidence: 8 / 10,
      lift: 8 / 10 / (8 / 12),
    });
    // Plate: only 2 buyers take rebar and plate, under the 3 needed to trust a pair.
    expect(rest).toEqual([]);
  });

  it('lets a lower minimum bring in the weaker pair, ranked after the stronger one', () => {
    const hints = crossSellHints(affinity, ['rebar'], { minCustomers: 2 });
    expect(hints.map((h) => [h.category, h.confidence])).toEqual([
      ['wire_rod', 0.8],
      ['plate', 0.2],
    ]);
  });

  it('never suggests what the customer already buys', () => {
    expect(crossSellHints(affinity, ['rebar', 'wire_rod'], { minCustomers: 2 }).map((h) => h.category)).toEqual(['plate']);
  });

  it('suggests rebar to a wire-rod buyer (the rule works both ways, with its own confidence)', () => {
    expect(crossSellHints(affinity, ['wire_rod'])[0]).toMatchObject({ category: 'rebar', because: 'wire_rod', confidence: 1 });
  });

  it('has nothing to say about categories nobody buys together', () => {
    expect(crossSellHints(affinity, ['h_beam'])).toEqual([]);
    expect(crossSellHints(buildCategoryAffinity([]), ['rebar'])).toEqual([]);
  });

  it('respects the minimum confidence', () => {
    expect(crossSellHints(affinity, ['rebar'], { minCustomers: 2, minConfidence: 0.5 }).map((h) => h.category)).toEqual(['wire_rod']);
  });
});
