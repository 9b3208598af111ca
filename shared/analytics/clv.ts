import type { PreparedBook } from './prepare';
import { ratio, type Ratio } from './ratio';

/** Longest expected lifetime used, in months: a retention of 100% would otherwise promise forever. */
export const MAX_EXPECTED_LIFETIME_MONTHS = 60;

export interface LifetimeModel {
  /** Month-to-month retention r over the period (see `monthlyRetention`). */
  monthlyRetention: Ratio;
  /** 1 ÷ (1 − r), at most MAX_EXPECTED_LIFETIME_MONTHS; `null` when r is unknown. */
  expectedLifetimeMonths: number | null;
}

/**
 * Month-to-month retention r: of the customers active (≥ 1 deal) in a month of the period whose
 * next month is in the period too, the share also active in the next month, summed over those
 * months.
 */
export function monthlyRetention(book: PreparedBook): Ratio {
  const { facts, window } = book;
  let stayed = 0;
  let active = 0;
  for (let c = 0; c < book.customers.length; c++) {
    let previousMonth = -Infinity;
    for (let f = facts.start[c]!; f < facts.start[c + 1]!; f++) {
      const month = facts.month[f]!;
      if (month < window.fromMonth || month === previousMonth) continue;
      if (month === previousMonth + 1) stayed++;
      if (month < window.toMonth) active++;
      previousMonth = month;
    }
  }
  return ratio(stayed, active);
}

/** The retention model behind the CLV: r and the expected lifetime 1 ÷ (1 − r) in months. */
export function lifetimeModel(book: PreparedBook): LifetimeModel {
  const retention = monthlyRetention(book);
  const { numerator: stayed, denominator: active } = retention;
  // 1 ÷ (1 − stayed/active) = active ÷ (active − stayed): exact in integers, no rounding of r first.
  const lost = active - stayed;
  return {
    monthlyRetention: retention,
    expectedLifetimeMonths:
      active === 0 ? null : lost === 0 ? MAX_EXPECTED_LIFETIME_MONTHS : Math.min(active / lost, MAX_EXPECTED_LIFETIME_MONTHS),
  };
}

/**
 * Simple customer lifetime value 客户终身价值 in fen = average monthly margin × expected lifetime
 * months. Average monthly margin = the customer's margin from its first deal to the as-of day ÷
 * the months from its first deal's month to the as-of month (both included); rounded half up to
 * whole fen. `null` when the lifetime is unknown.
 */
export function customerLifetimeValueFen(book: PreparedBook, customer: number, model: LifetimeModel): number | null {
  const { facts, summaries, window } = book;
  if (model.expectedLifetimeMonths === null || summaries.lifetimeDeals[customer] === 0) return null;
  const monthsSinceFirst = window.toMonth - facts.month[facts.start[customer]!]! + 1;
  return Math.round((summaries.lifetimeMarginFen[customer]! * model.expectedLifetimeMonths) / monthsSinceFirst);
}
