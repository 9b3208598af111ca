import { lastDayOfMonth, monthOfDay, firstDayOfMonth } from '../calendar/marketCalendar';
import type { PreparedBook } from './prepare';
import { ratio, type Ratio } from './ratio';
import type { AnalyticsWindow } from './window';

export interface CustomerPenetration {
  customerId: string;
  throughKg: number;
  estimatedKg: number;
  /** throughKg ÷ estimatedKg; above 1 when the customer's estimate is too low. */
  rate: number;
}

export interface Penetration {
  /** Σ tonnes through us ÷ Σ estimated consumption, over the customers with an estimate. */
  overall: Ratio;
  /** The customers with an estimate, in book order. */
  customers: CustomerPenetration[];
}

/**
 * Penetration 渗透率 (share of wallet).
 * - Per customer = tonnes of its deals through us in the period (as buyer or seller) ÷ its
 *   estimated consumption in the period (`estimatedMonthlyKg` × months in the period, the month
 *   of the as-of day counted pro rata by its elapsed days).
 * - Overall = Σ tonnes ÷ Σ estimated consumption (weighted by consumption).
 * Only customers with an estimate (`estimatedMonthlyKg` > 0) are counted.
 */
export function penetration(book: PreparedBook): Penetration {
  const customers: CustomerPenetration[] = [];
  let throughKg = 0;
  let estimatedKg = 0;
  book.customers.forEach((customer, c) => {
    const monthlyKg = customer.estimatedMonthlyKg ?? 0;
    if (monthlyKg <= 0) return;
    const estimate = estimatedConsumptionKg(monthlyKg, book.window);
    if (estimate === 0) return;
    const through = book.summaries.periodKg[c]!;
    throughKg += through;
    estimatedKg += estimate;
    customers.push({ customerId: customer.id, throughKg: through, estimatedKg: estimate, rate: through / estimate });
  });
  return { overall: ratio(throughKg, estimatedKg), customers };
}

/** Consumption over the period's months in whole kg, the as-of month pro rata by elapsed days. */
export function estimatedConsumptionKg(monthlyKg: number, window: AnalyticsWindow): number {
  if (window.monthCount === 0) return 0;
  const lastMonth = monthOfDay(window.asOfDay);
  const daysInLastMonth = lastDayOfMonth(lastMonth) - firstDayOfMonth(lastMonth) + 1;
  const daysElapsed = window.asOfDay - firstDayOfMonth(lastMonth) + 1;
  return monthlyKg * (window.monthCount - 1) + Math.round((monthlyKg * daysElapsed) / daysInLastMonth);
}
