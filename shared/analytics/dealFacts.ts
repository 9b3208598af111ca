import { monthOfDay } from '../calendar/marketCalendar';
import type { CountingDeals } from './countingDeals';

/**
 * When each customer traded, grouped by customer once so that the metrics needing dates walk
 * compact arrays instead of the deals. A deal appears once for its buyer and once for its seller.
 * Customer `i`'s deals are the positions `start[i]` to `start[i + 1] − 1`, sorted by day; `month`
 * is the month index of `day` (see calendar.ts).
 */
export interface DealFacts {
  start: Int32Array;
  day: Int32Array;
  month: Int32Array;
}

/**
 * Groups the deal days by customer: a counting sort by customer (one scatter, linear), then each
 * customer's few days put in order where the deals were not. `customerOf` maps a candidate position
 * to its final customer position; `dealCounts` holds each customer's number of counting deals (its
 * `lifetimeDeals`, already summed).
 */
export function groupDealDays(deals: CountingDeals, customerOf: Int32Array, dealCounts: Int32Array): DealFacts {
  const customerCount = dealCounts.length;
  const start = new Int32Array(customerCount + 1);
  for (let c = 0; c < customerCount; c++) start[c + 1] = start[c]! + dealCounts[c]!;
  const next = start.slice(0, customerCount);
  const day = new Int32Array(start[customerCount]!);
  forEachParty(deals, customerOf, (c, d) => {
    day[next[c]!++] = deals.day[d]!;
  });
  for (let c = 0; c < customerCount; c++) sortRun(day, start[c]!, start[c + 1]!);
  return { start, day, month: monthsOf(day) };
}

/**
 * Sorts `values[from..to)` in place by insertion: a customer has few deals, mostly already in
 * day order, and a typed-array view per customer would cost more than the sort.
 */
function sortRun(values: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * Calls `visit(customer, deal, role)` for each party of each counting deal that is a candidate
 * customer; `customer` is its final position through `customerOf`, or its candidate position when
 * `customerOf` is `null`.
 */
export function forEachParty(
  deals: CountingDeals,
  customerOf: Int32Array | null,
  visit: (customer: number, deal: number, role: 'buyer' | 'seller') => void,
): void {
  for (let d = 0; d < deals.count; d++) {
    const buyer = deals.buyer[d]!;
    const seller = deals.seller[d]!;
    if (buyer !== -1) visit(customerOf === null ? buyer : customerOf[buyer]!, d, 'buyer');
    if (seller !== -1) visit(customerOf === null ? seller : customerOf[seller]!, d, 'seller');
  }
}

/** The month of each day, through a table of the days' range. */
function monthsOf(day: Int32Array): Int32Array {
  if (day.length === 0) return new Int32Array(0);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const d of day) {
    firstDay = Math.min(firstDay, d);
    lastDay = Math.max(lastDay, d);
  }
  const monthOf = Int32Array.from({ length: lastDay - firstDay + 1 }, (_, d) => monthOfDay(firstDay + d));
  const month = new Int32Array(day.length);
  for (let f = 0; f < day.length; f++) month[f] = monthOf[day[f]! - firstDay]!;
  return month;
}
