import { dayOf, monthOfDay } from '../calendar/marketCalendar';
import { dealMarginFen, dealWeightKg, marginShareFen } from '../analytics/dealMargin';
import { isCountingDeal, type InsightDeal } from './dealEconomics';

/** A settled deal's payment as the buyer's credit record sees it. */
export const PAYMENT = { unknown: 0, onTime: 1, late: -1 } as const;

/** Which side of a deal a dispute is with, as a small number for the typed arrays. */
const DISPUTE_WITH = { none: 0, buyer: 1, seller: 2 } as const;

/**
 * Every customer's counting deals up to today, as parallel arrays grouped by customer once:
 * customer `c`'s entries are the positions `start[c]` to `start[c + 1] − 1`, sorted by day. A deal
 * appears once for its buyer and once for its seller, each with its share of the margin.
 */
export interface DealTimelines {
  start: Int32Array;
  day: Int32Array;
  month: Int32Array;
  kg: Float64Array;
  marginFen: Float64Array;
  /** One of `PAYMENT`: the buyer's entry of a deal with a known `paidOnTime`; `unknown` otherwise. */
  payment: Int8Array;
  /** 1 when the deal has a dispute with this customer's side (open or resolved), else 0. */
  disputed: Uint8Array;
}

/**
 * Groups the counting deals dated on or before `today` by customer (`ordinalOf` maps a customer id
 * to its position; parties not in it are skipped). Linear: a counting sort by day, then a counting
 * sort by customer that keeps each customer's deals in day order.
 */
export function groupDealsByCustomer(
  deals: readonly InsightDeal[],
  ordinalOf: ReadonlyMap<string, number>,
  customerCount: number,
  today: number,
): DealTimelines {
  const counted = collectCountingDeals(deals, ordinalOf, today);
  const start = new Int32Array(customerCount + 1);
  for (let k = 0; k < counted.count; k++) {
    if (counted.buyer[k]! >= 0) start[counted.buyer[k]! + 1]!++;
    if (counted.seller[k]! >= 0) start[counted.seller[k]! + 1]!++;
  }
  for (let c = 0; c < customerCount; c++) start[c + 1]! += start[c]!;
  const size = start[customerCount]!;
  const timelines: DealTimelines = {
    start,
    day: new Int32Array(size),
    month: new Int32Array(size),
    kg: new Float64Array(size),
    marginFen: new Float64Array(size),
    payment: new Int8Array(size),
    disputed: new Uint8Array(size),
  };
  const next = start.slice(0, customerCount);
  const place = (k: number, customer: number, month: number, role: 'buyer' | 'seller') => {
    const at = next[customer]!++;
    timelines.day[at] = counted.day[k]!;
    timelines.month[at] = month;
    timelines.kg[at] = counted.kg[k]!;
    timelines.marginFen[at] = marginShareFen(counted.marginFen[k]!, role);
    timelines.payment[at] = role === 'buyer' ? counted.payment[k]! : PAYMENT.unknown;
    timelines.disputed[at] = counted.disputeWith[k] === DISPUTE_WITH[role] ? 1 : 0;
  };
  for (const k of orderByDay(counted.day, counted.count)) {
    const month = monthOfDay(counted.day[k]!);
    if (counted.buyer[k]! >= 0) place(k, counted.buyer[k]!, month, 'buyer');
    if (counted.seller[k]! >= 0) place(k, counted.seller[k]!, month, 'seller');
  }
  return timelines;
}

interface CountedDeals {
  count: number;
  day: Int32Array;
  buyer: Int32Array;
  seller: Int32Array;
  kg: Float64Array;
  marginFen: Float64Array;
  payment: Int8Array;
  disputeWith: Int8Array;
}

function collectCountingDeals(deals: readonly InsightDeal[], ordinalOf: ReadonlyMap<string, number>, today: number): CountedDeals {
  const n = deals.length;
  const counted: CountedDeals = {
    count: 0,
    day: new Int32Array(n),
    buyer: new Int32Array(n),
    seller: new Int32Array(n),
    kg: new Float64Array(n),
    marginFen: new Float64Array(n),
    payment: new Int8Array(n),
    disputeWith: new Int8Array(n),
  };
  for (const deal of deals) {
    if (!isCountingDeal(deal)) continue;
    const day = dayOf(deal.dealOn);
    if (day > today) continue;
    const buyer = ordinalOf.get(deal.buyerId) ?? -1;
    // A deal with the same customer on both sides would count twice; count it once, as the buyer.
    const seller = deal.sellerId === deal.buyerId ? -1 : (ordinalOf.get(deal.sellerId) ?? -1);
    if (buyer < 0 && seller < 0) continue;
    const k = counted.count++;
    const kg = dealWeightKg(deal, null);
    counted.day[k] = day;
    counted.buyer[k] = buyer;
    counted.seller[k] = seller;
    counted.kg[k] = kg;
    counted.marginFen[k] = dealMarginFen(deal, null, kg);
    counted.payment[k] = deal.paidOnTime === undefined ? PAYMENT.unknown : deal.paidOnTime ? PAYMENT.onTime : PAYMENT.late;
    counted.disputeWith[k] = DISPUTE_WITH[deal.dispute?.party ?? 'none'];
  }
  return counted;
}

/** Positions 0..count−1 ordered by day, ties in input order: a counting sort over the days spanned. */
function orderByDay(day: Int32Array, count: number): Int32Array {
  const order = new Int32Array(count);
  if (count === 0) return order;
  let first = day[0]!;
  let last = first;
  for (let k = 1; k < count; k++) {
    if (day[k]! < first) first = day[k]!;
    else if (day[k]! > last) last = day[k]!;
  }
  const slot = new Int32Array(last - first + 2);
  for (let k = 0; k < count; k++) slot[day[k]! - first + 1]!++;
  for (let d = 1; d < slot.length; d++) slot[d]! += slot[d - 1]!;
  for (let k = 0; k < count; k++) order[slot[day[k]! - first]!++] = k;
  return order;
}
