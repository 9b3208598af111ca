import { COUNTING_DEAL_STATUSES } from '../../../../shared/analytics';
import type { Deal } from '../../../../shared/model';
import { dealTotals } from '../../../../shared/model/dealTotals';

/** The month's headline figures: how many deals, how many kg, how much money. */
export interface MonthHeadline {
  deals: number;
  kg: number;
  amountFen: number;
}

/**
 * Sums the deals dated in `month` (`YYYY-MM`) that count in the analytics: confirmed, delivered
 * or settled, not drafts or cancelled ones (same rule as shared/analytics).
 */
export function monthHeadline(deals: ReadonlyArray<Pick<Deal, 'dealOn' | 'status' | 'lines'>>, month: string): MonthHeadline {
  const headline: MonthHeadline = { deals: 0, kg: 0, amountFen: 0 };
  for (const deal of deals) {
    if (!deal.dealOn.startsWith(`${month}-`) || !COUNTING_DEAL_STATUSES.has(deal.status)) continue;
    const totals = dealTotals(deal);
    headline.deals += 1;
    headline.kg += totals.kg;
    headline.amountFen += totals.amountFen;
  }
  return headline;
}
