import type { CategoryCode } from '../catalogue/categories';
import type { Deal } from '../model/deal';
import { dayOf } from '../calendar/marketCalendar';
import { COUNTING_DEAL_STATUSES, dealMarginFen, dealWeightKg } from './dealMargin';

/**
 * The deals that count, reduced to what the metrics read, one entry per deal in compact arrays:
 * the positions of its buyer and seller among the candidate customers (−1 for a party outside
 * them), its day, and the weight and margin of its lines in the filtered categories.
 */
export interface CountingDeals {
  count: number;
  buyer: Int32Array;
  seller: Int32Array;
  day: Int32Array;
  kg: Float64Array;
  marginFen: Float64Array;
}

/**
 * One pass over the deals, keeping those that count: confirmed, delivered or settled, dated on or
 * before `asOfDay`, with a line in `categories` (any line when `null`), and a candidate customer
 * as buyer or seller.
 */
export function collectCountingDeals(
  deals: readonly Deal[],
  candidateOf: ReadonlyMap<string, number>,
  categories: ReadonlySet<CategoryCode> | null,
  asOfDay: number,
): CountingDeals {
  const kept: CountingDeals = {
    count: 0,
    buyer: new Int32Array(deals.length),
    seller: new Int32Array(deals.length),
    day: new Int32Array(deals.length),
    kg: new Float64Array(deals.length),
    marginFen: new Float64Array(deals.length),
  };
  for (const deal of deals) {
    if (!COUNTING_DEAL_STATUSES.has(deal.status)) continue;
    const day = dayOf(deal.dealOn);
    if (day > asOfDay) continue;
    const kg = dealWeightKg(deal, categories);
    if (kg === 0) continue;
    const buyer = candidateOf.get(deal.buyerId) ?? -1;
    const seller = candidateOf.get(deal.sellerId) ?? -1;
    if (buyer === -1 && seller === -1) continue;
    const at = kept.count++;
    kept.buyer[at] = buyer;
    kept.seller[at] = seller;
    kept.day[at] = day;
    kept.kg[at] = kg;
    kept.marginFen[at] = dealMarginFen(deal, categories, kg);
  }
  return kept;
}
