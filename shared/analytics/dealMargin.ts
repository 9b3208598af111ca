import type { CategoryCode } from '../catalogue/categories';
import type { Deal, DealLine, DealStatus } from '../model/deal';

/** The fields of a deal its weight and margin are read from. Full `Deal` records fit. */
export type MarginDeal = Pick<Deal, 'commission'> & {
  lines: ReadonlyArray<Pick<DealLine, 'category' | 'weightKg' | 'priceFenPerTon' | 'sellerPriceFenPerTon'>>;
};

/** A deal counts (in the analytics and the customer engines) once it is confirmed, delivered or settled (not draft, not cancelled). */
export const COUNTING_DEAL_STATUSES: ReadonlySet<DealStatus> = new Set<DealStatus>(['confirmed', 'delivered', 'settled']);

/**
 * Weight in kg of the deal's lines in `categories` (all lines when `null`); 0 when no line is in
 * them (line weights are positive).
 */
export function dealWeightKg(deal: MarginDeal, categories: ReadonlySet<CategoryCode> | null): number {
  let kg = 0;
  for (const line of deal.lines) if (categories === null || categories.has(line.category)) kg += line.weightKg;
  return kg;
}

/**
 * The company's margin (利润贡献) in fen on the deal's lines in `categories` (all when `null`),
 * whose weight is `kg` (see `dealWeightKg`):
 * - commission `per_ton`: round(fenPerTon × kg ÷ 1000) on the lines' total weight;
 * - `spread`: per line, what the buyer pays minus what the seller gets,
 *   round(priceFenPerTon × kg ÷ 1000) − round(sellerPriceFenPerTon × kg ÷ 1000); a line without a
 *   seller price has no known spread and adds 0.
 */
export function dealMarginFen(deal: MarginDeal, categories: ReadonlySet<CategoryCode> | null, kg: number): number {
  const { commission } = deal;
  if (commission.kind === 'per_ton') return Math.round(((commission.fenPerTon ?? 0) * kg) / 1000);
  let fen = 0;
  for (const line of deal.lines) if (categories === null || categories.has(line.category)) fen += lineSpreadFen(line);
  return fen;
}

/** A line's spread in fen: what the buyer pays minus what the seller gets; 0 without a seller price. */
export function lineSpreadFen(line: MarginDeal['lines'][number]): number {
  if (line.sellerPriceFenPerTon === undefined) return 0;
  return Math.round((line.priceFenPerTon * line.weightKg) / 1000) - Math.round((line.sellerPriceFenPerTon * line.weightKg) / 1000);
}

/**
 * A party's share of a deal's margin, so that the contributions of all customers add up to the
 * company's margin: half each, the odd fen to the buyer (whose demand pulls the deal).
 */
export function marginShareFen(marginFen: number, role: 'buyer' | 'seller'): number {
  const sellerFen = Math.floor(marginFen / 2);
  return role === 'seller' ? sellerFen : marginFen - sellerFen;
}
