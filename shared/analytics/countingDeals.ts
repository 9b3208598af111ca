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
 * The deals that count: confirmed, delivered or settled, dated on or before `asOfDay`, with a line
 * in `categories` (any line when `null`), and a candidate customer as buyer or seller.
 *
 * Two passes: the first reads the deals, the second looks their parties up. Looked up while reading,
 * every deal waited on its lookup; apart, the reads of the deal records overlap.
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
  const buyerIds = new Array<string>(deals.length);
  const sellerIds = new Array<string>(deals.length);
  let read = 0;
  for (const deal of deals) {
    if (!COUNTING_DEAL_STATUSES.has(deal.status)) continue;
    const day = dayOf(deal.dealOn);
    if (day > asOfDay) continue;
    const kg = dealWeightKg(deal, categories);
    if (kg === 0) continue;
    buyerIds[read] = deal.buyerId;
    sellerIds[read] = deal.sellerId;
    kept.day[read] = day;
    kept.kg[read] = kg;
    kept.marginFen[read] = dealMarginFen(deal, categories, kg);
    read++;
  }
  keepCandidateParties(kept, read, buyerIds, sellerIds, candidateOf);
  return kept;
}

/**
 * Looks up the parties of the first `read` deals and keeps, in place and in order, those with a
 * candidate on either side. The deals of a book often come in runs of the same buyer: the previous
 * lookup then serves the next.
 */
function keepCandidateParties(
  kept: CountingDeals,
  read: number,
  buyerIds: readonly string[],
  sellerIds: readonly string[],
  candidateOf: ReadonlyMap<string, number>,
): void {
  let buyerId: string | undefined;
  let buyer = -1;
  for (let d = 0; d < read; d++) {
    if (buyerIds[d] !== buyerId) {
      buyerId = buyerIds[d]!;
      buyer = candidateOf.get(buyerId) ?? -1;
    }
    const seller = candidateOf.get(sellerIds[d]!) ?? -1;
    if (buyer === -1 && seller === -1) continue;
    const at = kept.count++;
    kept.buyer[at] = buyer;
    kept.seller[at] = seller;
    kept.day[at] = kept.day[d]!;
    kept.kg[at] = kept.kg[d]!;
    kept.marginFen[at] = kept.marginFen[d]!;
  }
}
