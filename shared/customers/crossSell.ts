import { CATEGORY_CODES, type CategoryCode } from '../catalogue/categories';
import { isCountingDeal, type InsightDeal } from './dealEconomics';

const K = CATEGORY_CODES.length;
const INDEX_OF = new Map<CategoryCode, number>(CATEGORY_CODES.map((code, i) => [code, i]));

/**
 * Which categories buyers take together, counted over customers (not deals): each buyer counts once
 * per category and once per pair of categories it has bought in counting deals. Plain data.
 */
export interface CategoryAffinity {
  /** Customers who bought anything. */
  buyers: number;
  /** Buyers of each category, by its index in `CATEGORY_CODES`. */
  categoryBuyers: number[];
  /** `pairBuyers[a × K + b]`: buyers of both categories a and b (K = number of categories). */
  pairBuyers: number[];
  /** Each buyer's categories as a bit mask (bit i = `CATEGORY_CODES[i]`). */
  boughtBy: Record<string, number>;
}

/** Counts category co-occurrence over the buyers of the counting deals. */
export function buildCategoryAffinity(deals: readonly InsightDeal[]): CategoryAffinity {
  const boughtBy: Record<string, number> = {};
  for (const deal of deals) {
    if (!isCountingDeal(deal)) continue;
    let mask = boughtBy[deal.buyerId] ?? 0;
    for (const line of deal.lines) mask |= 1 << INDEX_OF.get(line.category)!;
    boughtBy[deal.buyerId] = mask;
  }
  const categoryBuyers = new Array<number>(K).fill(0);
  const pairBuyers = new Array<number>(K * K).fill(0);
  const masks = Object.values(boughtBy);
  for (const mask of masks) {
    for (let a = 0; a < K; a++) {
      if (!(mask & (1 << a))) continue;
      categoryBuyers[a]!++;
      for (let b = a + 1; b < K; b++) {
        if (!(mask & (1 << b))) continue;
        pairBuyers[a * K + b]!++;
        pairBuyers[b * K + a]!++;
      }
    }
  }
  return { buyers: masks.length, categoryBuyers, pairBuyers, boughtBy };
}

/** The categories a customer has bought, in catalogue order. */
export function categoriesBoughtBy(affinity: CategoryAffinity, customerId: string): CategoryCode[] {
  const mask = affinity.boughtBy[customerId] ?? 0;
  return CATEGORY_CODES.filter((_, i) => mask & (1 << i));
}

/**
 * A category to offer, because buyers of `because` also take it: `support` = share of all buyers
 * who bought both, `confidence` = share of `because` buyers who also bought `category`, `lift` =
 * confidence ÷ share of all buyers who bought `category` (above 1: more than chance).
 */
export interface CrossSellHint {
  category: CategoryCode;
  because: CategoryCode;
  customersBoth: number;
  support: number;
  confidence: number;
  lift: number;
}

export interface CrossSellOptions {
  minSupport: number;
  minConfidence: number;
  /** Buyers of both needed before a pair is trusted at all. */
  minCustomers: number;
  limit: number;
}

export const DEFAULT_CROSS_SELL_OPTIONS: CrossSellOptions = { minSupport: 0.01, minConfidence: 0.2, minCustomers: 3, limit: 3 };

/**
 * Categories the customer does not buy yet that buyers of what it buys also take, best first (by
 * confidence, then lift). Each category appears once, with the bought category that supports it best.
 */
export function crossSellHints(
  affinity: CategoryAffinity,
  bought: readonly CategoryCode[],
  options: Partial<CrossSellOptions> = {},
): CrossSellHint[] {
  const { minSupport, minConfidence, minCustomers, limit } = { ...DEFAULT_CROSS_SELL_OPTIONS, ...options };
  if (affinity.buyers === 0) return [];
  const owned = new Set(bought.map((code) => INDEX_OF.get(code)!));
  const hints: CrossSellHint[] = [];
  for (let c = 0; c < K; c++) {
    if (owned.has(c) || affinity.categoryBuyers[c] === 0) continue;
    let best: CrossSellHint | undefined;
    for (const a of owned) {
      const both = affinity.pairBuyers[a * K + c]!;
      if (both < minCustomers) continue;
      const confidence = both / affinity.categoryBuyers[a]!;
      if (best && confidence <= best.confidence) continue;
      best = {
        category: CATEGORY_CODES[c]!,
        because: CATEGORY_CODES[a]!,
        customersBoth: both,
        support: both / affinity.buyers,
        confidence,
        lift: confidence / (affinity.categoryBuyers[c]! / affinity.buyers),
      };
    }
    if (best && best.support >= minSupport && best.confidence >= minConfidence) hints.push(best);
  }
  return hints.sort((x, y) => y.confidence - x.confidence || y.lift - x.lift).slice(0, limit);
}
