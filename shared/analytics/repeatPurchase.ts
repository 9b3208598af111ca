import { monthLabel } from '../calendar/marketCalendar';
import type { PreparedBook } from './prepare';
import { ratio, type Ratio } from './ratio';

/** The windows after a new customer's first deal in which a second purchase is looked for. */
export const RETURN_WINDOWS_DAYS = [30, 60, 90] as const;

export interface ReturnWithin {
  days: number;
  /** returned ÷ eligible new customers (those whose window has fully elapsed by the as-of day). */
  rate: Ratio;
}

export interface RepeatPurchase {
  /** Customers with ≥ 2 deals in the period ÷ customers with ≥ 1 deal in the period. */
  rate: Ratio;
  /** The same rate with each month of the period as the period. */
  byMonth: Array<{ month: string; rate: Ratio }>;
  /** Customers whose first deal ever lies in the period. */
  newCustomers: number;
  returnWithin: ReturnWithin[];
}

/**
 * Repeat purchase 复购率.
 * - Rate for the period = customers with ≥ 2 deals in the period ÷ customers with ≥ 1 deal in it.
 * - Monthly trend: the same rate for each month of the period on its own.
 * - Return within 30/60/90 days: of the customers acquired in the period (first deal ever in it),
 *   the share with another deal on a later day at most N days after the first. Only customers
 *   whose N-day window has fully elapsed by the as-of day are counted (first day + N ≤ as-of day),
 *   so recent customers do not pull the rate down before they had the chance to come back.
 */
export function repeatPurchase(book: PreparedBook): RepeatPurchase {
  const { facts, window } = book;
  const monthActive = new Int32Array(window.monthCount);
  const monthRepeat = new Int32Array(window.monthCount);
  const eligible = RETURN_WINDOWS_DAYS.map(() => 0);
  const returned = RETURN_WINDOWS_DAYS.map(() => 0);
  let newCustomers = 0;
  for (let c = 0; c < book.customers.length; c++) {
    const first = facts.start[c]!;
    const end = facts.start[c + 1]!;
    let previousMonth = -1;
    let dealsThisMonth = 0;
    for (let f = first; f < end; f++) {
      const k = facts.month[f]! - window.fromMonth;
      if (k < 0) continue;
      dealsThisMonth = facts.month[f] === previousMonth ? dealsThisMonth + 1 : 1;
      previousMonth = facts.month[f]!;
      if (dealsThisMonth === 1) monthActive[k]!++;
      if (dealsThisMonth === 2) monthRepeat[k]!++;
    }
    if (first === end || facts.day[first]! < window.fromDay) continue;
    newCustomers++;
    const firstDay = facts.day[first]!;
    let again = first + 1;
    while (again < end && facts.day[again] === firstDay) again++;
    const gap = again < end ? facts.day[again]! - firstDay : Infinity;
    for (let w = 0; w < RETURN_WINDOWS_DAYS.length; w++) {
      const days = RETURN_WINDOWS_DAYS[w]!;
      if (firstDay + days > window.asOfDay) continue;
      eligible[w]!++;
      if (gap <= days) returned[w]!++;
    }
  }
  return {
    rate: periodRepeatRate(book),
    byMonth: Array.from(monthActive, (customers, k) => ({ month: monthLabel(window.fromMonth + k), rate: ratio(monthRepeat[k]!, customers) })),
    newCustomers,
    returnWithin: RETURN_WINDOWS_DAYS.map((days, w) => ({ days, rate: ratio(returned[w]!, eligible[w]!) })),
  };
}

/** Customers with ≥ 2 deals in the period ÷ customers with ≥ 1 deal in the period. */
export function periodRepeatRate(book: PreparedBook): Ratio {
  let active = 0;
  let repeat = 0;
  for (const deals of book.summaries.periodDeals) {
    if (deals >= 1) active++;
    if (deals >= 2) repeat++;
  }
  return ratio(repeat, active);
}
