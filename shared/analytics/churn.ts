import { monthLabel } from '../calendar/marketCalendar';
import type { AnalyticsPeriod } from './filter';
import type { PreparedBook } from './prepare';
import { ratio, type Ratio } from './ratio';

export interface Churn {
  /** The period of the same length just before the analysed one. */
  previousPeriod: AnalyticsPeriod;
  previousActive: number;
  currentActive: number;
  /** Active in both periods. */
  kept: number;
  /** churned ÷ previously active. */
  rate: Ratio;
  /** The churned customers, in book order, for the list behind the figure. */
  churnedCustomerIds: string[];
}

/**
 * Churn 流失: customers active (≥ 1 deal) in the previous period of the same length and not in
 * this one; churn rate = churned ÷ customers active in the previous period. When the period ends
 * in the current month, that month is still in progress and churn reads high until it ends.
 */
export function churn(book: PreparedBook): Churn {
  const { summaries, window } = book;
  const churnedCustomerIds: string[] = [];
  let previousActive = 0;
  let currentActive = 0;
  let kept = 0;
  book.customers.forEach((customer, c) => {
    const before = summaries.previousPeriodDeals[c]! > 0;
    const now = summaries.periodDeals[c]! > 0;
    if (before) previousActive++;
    if (now) currentActive++;
    if (before && now) kept++;
    if (before && !now) churnedCustomerIds.push(customer.id);
  });
  return {
    previousPeriod: { from: monthLabel(window.previousFromMonth), to: monthLabel(window.fromMonth - 1) },
    previousActive,
    currentActive,
    kept,
    rate: ratio(churnedCustomerIds.length, previousActive),
    churnedCustomerIds,
  };
}
