import type { CategoryCode } from '../catalogue/categories';
import type { Deal } from '../model/deal';
import { dayNumber, monthOfDay } from './calendar';
import { memoise } from './memoise';
import { COUNTING_DEAL_STATUSES, dealVolume, splitMargin } from './dealVolume';

/**
 * The counting deals seen from each customer's side, grouped by customer once so that every metric
 * walks compact arrays instead of the deal records. A deal appears once for its buyer and once
 * for its seller (each with its share of the margin, see `splitMargin`). Customer `i`'s facts are
 * the positions `start[i]` to `start[i + 1] − 1`, sorted by day.
 */
export interface DealFacts {
  start: Int32Array;
  day: Int32Array;
  month: Int32Array;
  kg: Float64Array;
  marginFen: Float64Array;
}

/** Facts in deal order, each tagged with its customer's position among the candidates. */
export interface UngroupedFacts {
  count: number;
  customer: Int32Array;
  day: Int32Array;
  kg: Float64Array;
  marginFen: Float64Array;
}

/**
 * One pass over the deals: keeps those that count (status, dated on or before `asOfDay`, with a line
 * in the filtered categories) and records a fact for each party that is a candidate customer.
 */
export function collectDealFacts(
  deals: readonly Deal[],
  candidateOf: ReadonlyMap<string, number>,
  categories: ReadonlySet<CategoryCode> | null,
  asOfDay: number,
): UngroupedFacts {
  const capacity = deals.length * 2;
  const facts: UngroupedFacts = {
    count: 0,
    customer: new Int32Array(capacity),
    day: new Int32Array(capacity),
    kg: new Float64Array(capacity),
    marginFen: new Float64Array(capacity),
  };
  const dayOf = memoise(dayNumber);
  const push = (customer: number, day: number, kg: number, marginFen: number) => {
    const at = facts.count++;
    facts.customer[at] = customer;
    facts.day[at] = day;
    facts.kg[at] = kg;
    facts.marginFen[at] = marginFen;
  };
  for (const deal of deals) {
    if (!COUNTING_DEAL_STATUSES.has(deal.status)) continue;
    const day = dayOf(deal.dealOn);
    if (day > asOfDay) continue;
    const buyer = candidateOf.get(deal.buyerId);
    const seller = candidateOf.get(deal.sellerId);
    if (buyer === undefined && seller === undefined) continue;
    const volume = dealVolume(deal, categories);
    if (volume === null) continue;
    const { buyerFen, sellerFen } = splitMargin(volume.marginFen);
    if (buyer !== undefined) push(buyer, day, volume.kg, buyerFen);
    if (seller !== undefined) push(seller, day, volume.kg, sellerFen);
  }
  return facts;
}

/**
 * Groups the facts by customer, each customer's sorted by day: a stable counting sort by day, then
 * a stable counting sort by customer (linear, no comparison sort). `customerOf` maps a candidate
 * position to its final customer position.
 */
export function groupFactsByCustomer(facts: UngroupedFacts, customerOf: Int32Array, customerCount: number): DealFacts {
  const { count } = facts;
  const byDay = orderByDay(facts);
  const start = new Int32Array(customerCount + 1);
  for (let i = 0; i < count; i++) start[customerOf[facts.customer[i]!]! + 1]!++;
  for (let c = 0; c < customerCount; c++) start[c + 1]! += start[c]!;
  const next = start.slice(0, customerCount);
  const grouped: DealFacts = {
    start,
    day: new Int32Array(count),
    month: new Int32Array(count),
    kg: new Float64Array(count),
    marginFen: new Float64Array(count),
  };
  const monthOf = memoise(monthOfDay);
  for (let o = 0; o < count; o++) {
    const i = byDay[o]!;
    const at = next[customerOf[facts.customer[i]!]!]!++;
    const day = facts.day[i]!;
    grouped.day[at] = day;
    grouped.month[at] = monthOf(day);
    grouped.kg[at] = facts.kg[i]!;
    grouped.marginFen[at] = facts.marginFen[i]!;
  }
  return grouped;
}

function orderByDay(facts: UngroupedFacts): Int32Array {
  const { count, day } = facts;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < count; i++) {
    minDay = Math.min(minDay, day[i]!);
    maxDay = Math.max(maxDay, day[i]!);
  }
  const order = new Int32Array(count);
  if (count === 0) return order;
  const slot = new Int32Array(maxDay - minDay + 2);
  for (let i = 0; i < count; i++) slot[day[i]! - minDay + 1]!++;
  for (let d = 1; d < slot.length; d++) slot[d]! += slot[d - 1]!;
  for (let i = 0; i < count; i++) order[slot[day[i]! - minDay]!++] = i;
  return order;
}
