import type { Deal, DealLine, DealStatus } from '../model/deal';

/** The fields of a deal the customer engines read. Full `Deal` records fit. */
export type InsightDeal = Pick<Deal, 'buyerId' | 'sellerId' | 'dealOn' | 'status' | 'commission' | 'paidOnTime'> & {
  lines: ReadonlyArray<Pick<DealLine, 'category' | 'weightKg' | 'priceFenPerTon' | 'sellerPriceFenPerTon'>>;
};

const COUNTING_STATUSES: ReadonlySet<DealStatus> = new Set<DealStatus>(['confirmed', 'delivered', 'settled']);

/** A deal counts once confirmed, delivered or settled; drafts and cancelled deals never do. */
export function isCountingDeal(deal: Pick<Deal, 'status'>): boolean {
  return COUNTING_STATUSES.has(deal.status);
}

/** Total weight of the deal's lines, in kg. */
export function dealWeightKg(deal: InsightDeal): number {
  let kg = 0;
  for (const line of deal.lines) kg += line.weightKg;
  return kg;
}

/**
 * The company's margin on a deal, in fen: with a `per_ton` commission, round(fenPerTon × kg ÷ 1000)
 * on the whole weight; with a `spread`, per line round(price × kg ÷ 1000) − round(sellerPrice × kg ÷ 1000)
 * (a line without a seller price has no known spread and adds 0).
 */
export function dealMarginFen(deal: InsightDeal, weightKg: number = dealWeightKg(deal)): number {
  if (deal.commission.kind === 'per_ton') return Math.round(((deal.commission.fenPerTon ?? 0) * weightKg) / 1000);
  let fen = 0;
  for (const line of deal.lines) {
    if (line.sellerPriceFenPerTon === undefined) continue;
    fen += Math.round((line.priceFenPerTon * line.weightKg) / 1000) - Math.round((line.sellerPriceFenPerTon * line.weightKg) / 1000);
  }
  return fen;
}

/**
 * A party's share of a deal's margin, so that the contributions of all customers add up to the
 * company's margin: half each, the odd fen to the buyer (whose demand pulls the deal). The analytics
 * (shared/analytics) share margin the same way.
 */
export function marginShareFen(marginFen: number, role: 'buyer' | 'seller'): number {
  const sellerFen = Math.floor(marginFen / 2);
  return role === 'seller' ? sellerFen : marginFen - sellerFen;
}
