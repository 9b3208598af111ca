import { COUNTING_DEAL_STATUSES } from '../analytics/dealMargin';
import type { Deal, DealLine } from '../model/deal';

/**
 * The fields of a deal the customer engines read. Full `Deal` records fit. Weight, margin and the
 * buyer/seller margin shares come from shared/analytics/dealMargin, the one place the margin rule lives.
 */
export type InsightDeal = Pick<Deal, 'buyerId' | 'sellerId' | 'dealOn' | 'status' | 'commission' | 'paidOnTime'> & {
  lines: ReadonlyArray<Pick<DealLine, 'category' | 'weightKg' | 'priceFenPerTon' | 'sellerPriceFenPerTon'>>;
};

/** A deal counts once confirmed, delivered or settled; drafts and cancelled deals never do. */
export function isCountingDeal(deal: Pick<Deal, 'status'>): boolean {
  return COUNTING_DEAL_STATUSES.has(deal.status);
}
