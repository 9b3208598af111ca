import type { CountingDeals } from './countingDeals';
import { forEachParty } from './dealFacts';
import { marginShareFen } from './dealMargin';
import type { AnalyticsWindow } from './window';

/**
 * Per-customer figures most metrics need, summed in one pass over the counting deals. A customer's
 * margin is its share of each deal's margin (see `marginShareFen`).
 */
export interface CustomerSummaries {
  /** Counting deals on or before the as-of day. */
  lifetimeDeals: Int32Array;
  lifetimeMarginFen: Float64Array;
  periodDeals: Int32Array;
  periodKg: Float64Array;
  periodMarginFen: Float64Array;
  /** Day of the last deal in the period, −1 without one. */
  lastPeriodDay: Int32Array;
  /** Deals in the period of the same length just before this one. */
  previousPeriodDeals: Int32Array;
}

export function summarise(
  deals: CountingDeals,
  customerOf: Int32Array,
  customerCount: number,
  window: AnalyticsWindow,
): CustomerSummaries {
  const summaries: CustomerSummaries = {
    lifetimeDeals: new Int32Array(customerCount),
    lifetimeMarginFen: new Float64Array(customerCount),
    periodDeals: new Int32Array(customerCount),
    periodKg: new Float64Array(customerCount),
    periodMarginFen: new Float64Array(customerCount),
    lastPeriodDay: new Int32Array(customerCount).fill(-1),
    previousPeriodDeals: new Int32Array(customerCount),
  };
  forEachParty(deals, customerOf, (c, d, role) => {
    const day = deals.day[d]!;
    const marginFen = deals.marginFen[d]!;
    const shareFen = marginShareFen(marginFen, role);
    summaries.lifetimeDeals[c]!++;
    summaries.lifetimeMarginFen[c]! += shareFen;
    if (day >= window.fromDay) {
      summaries.periodDeals[c]!++;
      summaries.periodKg[c]! += deals.kg[d]!;
      summaries.periodMarginFen[c]! += shareFen;
      if (day > summaries.lastPeriodDay[c]!) summaries.lastPeriodDay[c] = day;
    } else if (day >= window.previousFromDay) {
      summaries.previousPeriodDeals[c]!++;
    }
  });
  return summaries;
}
