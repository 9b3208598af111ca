import { COUNTING_DEAL_STATUSES } from '../analytics/dealMargin';
import type { Deal, DealDispute, DealLine } from '../model/deal';

/**
 * The fields of a deal the customer engines read. Full `Deal` records fit. Weight, margin and the
 * buyer/seller margin shares come from shared/analytics/dealMargin, the one place the margin rule lives.
 */
export type InsightDeal = Pick<Deal, 'buyerId' | 'sellerId' | 'dealOn' | 'status' | 'commission' | 'paidOnTime'> & {
  lines: ReadonlyArray<Pick<DealLine, 'category' | 'weightKg' | 'priceFenPerTon' | 'sellerPriceFenPerTon'>>;
  /** Only which side is disputed matters to the grade; the reason stays with the deal. */
  dispute?: Pick<DealDispute, 'party'>;
};

/** A deal counts once confirmed, delivered or settled; drafts and cancelled deals never do. */
export function isCountingDeal(deal: Pick<Deal, 'status'>): boolean {
  return COUNTING_DEAL_STATUSES.has(deal.status);
}
