import type { CategoryCode } from '../catalogue/categories';
import type { Deal, DealStatus } from '../model/deal';

/** A deal counts in the analytics once it is confirmed, delivered or settled (not draft, not cancelled). */
export const COUNTING_DEAL_STATUSES: ReadonlySet<DealStatus> = new Set<DealStatus>(['confirmed', 'delivered', 'settled']);

/**
 * Weight in kg of the deal's lines in `categories` (all lines when `null`); 0 when no line is in
 * them (line weights are positive).
 */
export function dealWeightKg(deal: Deal, categories: ReadonlySet<CategoryCode> | null): number {
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
export function dealMarginFen(deal: Deal, categories: ReadonlySet<CategoryCode> | null, kg: number): number {
  const { commission } = deal;
  if (commission.kind === 'per_ton') return Math.round(((commission.fenPerTon ?? 0) * kg) / 1000);
  let fen = 0;
  for (const line of deal.lines) {
    if (line.sellerPriceFenPerTon === undefined || (categories !== null && !categories.has(line.category))) continue;
    fen += Math.round((line.priceFenPerTon * line.weightKg) / 1000) - Math.round((line.sellerPriceFenPerTon * line.weightKg) / 1000);
  }
  return fen;
}

/**
 * The seller's share of a deal's margin. The margin is shared between the two parties so that
 * customer contributions add up to the company's margin: half each, the odd fen to the buyer (the
 * buyer's demand pulls the deal), so the buyer's share is the margin minus this.
 */
export function sellerShareFen(marginFen: number): number {
  return Math.floor(marginFen / 2);
}
