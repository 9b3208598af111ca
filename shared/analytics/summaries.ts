import type { DealFacts } from './dealFacts';
import type { AnalyticsWindow } from './window';

/** Per-customer figures most metrics need, computed in one pass over the grouped facts. */
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

export function summarise(facts: DealFacts, window: AnalyticsWindow): CustomerSummaries {
  const customerCount = facts.start.length - 1;
  const summaries: CustomerSummaries = {
    lifetimeDeals: new Int32Array(customerCount),
    lifetimeMarginFen: new Float64Array(customerCount),
    periodDeals: new Int32Array(customerCount),
    periodKg: new Float64Array(customerCount),
    periodMarginFen: new Float64Array(customerCount),
    lastPeriodDay: new Int32Array(customerCount).fill(-1),
    previousPeriodDeals: new Int32Array(customerCount),
  };
  for (let c = 0; c < customerCount; c++) {
    const end = facts.start[c + 1]!;
    let lifetimeMarginFen = 0;
    let periodDeals = 0;
    let periodKg = 0;
    let periodMarginFen = 0;
    let previousPeriodDeals = 0;
    for (let f = facts.start[c]!; f < end; f++) {
      const day = facts.day[f]!;
      lifetimeMarginFen += facts.marginFen[f]!;
      if (day >= window.fromDay) {
        periodDeals++;
        periodKg += facts.kg[f]!;
        periodMarginFen += facts.marginFen[f]!;
        summaries.lastPeriodDay[c] = day;
      } else if (day >= window.previousFromDay) {
        previousPeriodDeals++;
      }
    }
    summaries.lifetimeDeals[c] = end - facts.start[c]!;
    summaries.lifetimeMarginFen[c] = lifetimeMarginFen;
    summaries.periodDeals[c] = periodDeals;
    summaries.periodKg[c] = periodKg;
    summaries.periodMarginFen[c] = periodMarginFen;
    summaries.previousPeriodDeals[c] = previousPeriodDeals;
  }
  return summaries;
}
