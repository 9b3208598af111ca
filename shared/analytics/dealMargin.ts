import type { CategoryCode } from '../catalogue/categories';
import type { Deal, DealStatus } from '../model/deal';

/** A deal counts in the analytics once it is confirmed, delivered or settled (not draft, not cancelled). */
export const COUNTING_DEAL_STATUSES: ReadonlySet<DealStatus> = new Set<DealStatus>(['confirmed', 'delivered', 'settled']);

/** Weight and margin of a deal, or of its lines in the filtered categories. */
export interface DealVolume {
  kg: number;
  /** The company's margin on these lines in fen (see `dealVolume`). */
  marginFen: number;
}

/**
 * Weight and margin of the deal's lines in `categories` (all lines when `null`); `null` when no line
 * is in them. The margin (利润贡献) is:
 * - commission `per_ton`: round(fenPerTon × kg ÷ 1000) on the lines' total weight;
 * - `spread`: per line, what the buyer pays minus what the seller gets,
 *   round(priceFenPerTon × kg ÷ 1000) − round(sellerPriceFenPerTon × kg ÷ 1000); a line without a
 *   seller price has no known spread and adds 0.
 */
export function dealVolume(deal: Deal, categories: ReadonlySet<CategoryCode> | null): DealVolume | null {
  let kg = 0;
  let spreadFen = 0;
  let matched = false;
  for (const line of deal.lines) {
    if (categories !== null && !categories.has(line.category)) continue;
    matched = true;
    kg += line.weightKg;
    if (line.sellerPriceFenPerTon !== undefined) {
      spreadFen +=
        Math.round((line.priceFenPerTon * line.weightKg) / 1000) - Math.round((line.sellerPriceFenPerTon * line.weightKg) / 1000);
    }
  }
  if (!matched) return null;
  const { commission } = deal;
  const marginFen = commission.kind === 'per_ton' ? Math.round(((commission.fenPerTon ?? 0) * kg) / 1000) : spreadFen;
  return { kg, marginFen };
}

/**
 * A deal's margin shared between its two parties so that customer contributions add up to the
 * company's margin: each gets half, the buyer the odd fen (the buyer's demand pulls the deal).
 */
export function splitMargin(marginFen: number): { buyerFen: number; sellerFen: number } {
  const sellerFen = Math.floor(marginFen / 2);
  return { buyerFen: marginFen - sellerFen, sellerFen };
}
