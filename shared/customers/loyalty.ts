import type { DealTimelines } from './dealTimelines';
import type { LoyaltyRule } from './options';

/**
 * The days on which customer `c` became loyal and stopped being loyal, alternating
 * `[became, stopped, became, …]` (an odd length means loyal today), up to `today`.
 *
 * Loyal on day t means: at least `minDeals` counting deals in the window (t − windowDays, t], falling
 * in at least `minDistinctMonths` distinct months. The answer only changes on a day a deal enters the
 * window (its date) or leaves it (its date + windowDays), so one sweep over those days replays the
 * whole history. The deals in the window are a contiguous run [out, in) of the day-sorted timeline,
 * which lets the distinct-month count be kept by comparing neighbours.
 */
export function loyaltyChanges(t: DealTimelines, c: number, today: number, rule: LoyaltyRule): number[] {
  const { day, month } = t;
  const first = t.start[c]!;
  const end = t.start[c + 1]!;
  const changes: number[] = [];
  let into = first;
  let out = first;
  let months = 0;
  let loyal = false;
  for (;;) {
    const nextEntry = into < end ? day[into]! : Infinity;
    const nextExit = out < into ? day[out]! + rule.windowDays : Infinity;
    const on = Math.min(nextEntry, nextExit);
    if (on > today) break;
    for (; out < into && day[out]! + rule.windowDays <= on; out++) {
      if (out + 1 === into || month[out + 1] !== month[out]) months--;
    }
    for (; into < end && day[into]! <= on; into++) {
      if (out === into || month[into - 1] !== month[into]) months++;
    }
    const loyalNow = into - out >= rule.minDeals && months >= rule.minDistinctMonths;
    if (loyalNow !== loyal) {
      changes.push(on);
      loyal = loyalNow;
    }
  }
  return changes;
}
