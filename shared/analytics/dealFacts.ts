import type { CategoryCode } from '../catalogue/categories';
import type { Deal } from '../model/deal';
import { dayNumber, monthOfDay } from './calendar';
import { memoise } from './memoise';
import { COUNTING_DEAL_STATUSES, dealMarginFen, dealWeightKg, sellerShareFen } from './dealMargin';

/**
 * The counting deals seen from each customer's side, grouped by customer once so that every metric
 * walks compact arrays instead of the deal records. A deal appears once for its buyer and once
 * for its seller (each with its share of the margin, see `sellerShareFen`). Customer `i`'s facts are
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
    const kg = dealWeightKg(deal, categories);
    if (kg === 0) continue;
    const marginFen = dealMarginFen(deal, categories, kg);
    const sellerFen = sellerShareFen(marginFen);
    if (buyer !== undefined) push(buyer, day, kg, marginFen - sellerFen);
    if (seller !== undefined) push(seller, day, kg, sellerFen);
  }
  return facts;
}

/**
 * Groups the facts by customer, each customer's sorted by day: a counting sort by customer (one
 * scatter of the facts, linear), then each customer's few facts put in day order where the deals
 * were not. `customerOf` maps a candidate position to its final customer position.
 */
export function groupFactsByCustomer(facts: UngroupedFacts, customerOf: Int32Array, customerCount: number): DealFacts {
  const { count } = facts;
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
  for (let i = 0; i < count; i++) {
    const at = next[customerOf[facts.customer[i]!]!]!++;
    grouped.day[at] = facts.day[i]!;
    grouped.kg[at] = facts.kg[i]!;
    grouped.marginFen[at] = facts.marginFen[i]!;
  }
  for (let c = 0; c < customerCount; c++) sortSegmentByDay(grouped, start[c]!, start[c + 1]!);
  fillMonths(grouped);
  return grouped;
}

/** Insertion sort of one customer's facts by day: stable, and one pass when already in order. */
function sortSegmentByDay(facts: DealFacts, from: number, to: number): void {
  const { day, kg, marginFen } = facts;
  for (let i = from + 1; i < to; i++) {
    const d = day[i]!;
    if (d >= day[i - 1]!) continue;
    const k = kg[i]!;
    const m = marginFen[i]!;
    let j = i - 1;
    while (j >= from && day[j]! > d) {
      day[j + 1] = day[j]!;
      kg[j + 1] = kg[j]!;
      marginFen[j + 1] = marginFen[j]!;
      j--;
    }
    day[j + 1] = d;
    kg[j + 1] = k;
    marginFen[j + 1] = m;
  }
}

/** Sets each fact's month from its day, through a table of the days' range. */
function fillMonths(facts: DealFacts): void {
  const { day, month } = facts;
  if (day.length === 0) return;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const d of day) {
    firstDay = Math.min(firstDay, d);
    lastDay = Math.max(lastDay, d);
  }
  const monthOf = Int32Array.from({ length: lastDay - firstDay + 1 }, (_, d) => monthOfDay(firstDay + d));
  for (let f = 0; f < day.length; f++) month[f] = monthOf[day[f]! - firstDay]!;
}
