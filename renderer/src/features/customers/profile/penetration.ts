import { COUNTING_DEAL_STATUSES } from '../../../../../shared/analytics/dealMargin';
import { dayOf, isoDateOf } from '../../../../../shared/calendar/marketCalendar';
import { formatTons } from '../../../../../shared/weight/tons';
import type { StoredRecord } from '../../../data';

const WINDOW_DAYS = 30;

/**
 * Share of wallet (渗透率) over the last 30 days up to `today`, as the analytics count it: tonnes of
 * the customer's counting deals through us (as buyer or seller) against the monthly consumption the
 * broker estimated.
 */
export function penetrationOf(customerDeals: ReadonlyArray<StoredRecord<'deals'>>, estimatedMonthlyKg: number, today: string): { percent: number; tons: string } {
  const from = isoDateOf(dayOf(today) - WINDOW_DAYS + 1);
  let kg = 0;
  for (const deal of customerDeals) {
    if (!COUNTING_DEAL_STATUSES.has(deal.status) || deal.dealOn < from || deal.dealOn > today) continue;
    for (const line of deal.lines) kg += line.weightKg;
  }
  return { percent: Math.round((kg / estimatedMonthlyKg) * 100), tons: formatTons(kg) };
}
