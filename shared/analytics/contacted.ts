import type { ContactLog, Customer } from '../model/customer';
import { dayOf, marketDayOf } from '../calendar/marketCalendar';
import type { CustomerSummaries } from './summaries';

/**
 * Which customers are in contact by `asOfDay` (1) and which not (0): a counting deal, a
 * `firstContactOn` or a contact log (in market time) on or before that day. The logs are read only
 * for the customers the first two leave undecided, and no further once none is left; a customer's
 * logs mostly come one after another, so the lookup of the previous log serves the next.
 */
export function contactedByAsOf(
  customers: readonly Customer[],
  summaries: CustomerSummaries,
  contactLogs: readonly ContactLog[],
  asOfDay: number,
): Uint8Array {
  const contacted = new Uint8Array(customers.length);
  const undecided = new Map<string, number>();
  customers.forEach((customer, c) => {
    const knownContact = customer.firstContactOn !== undefined && dayOf(customer.firstContactOn) <= asOfDay;
    if (summaries.lifetimeDeals[c]! > 0 || knownContact) contacted[c] = 1;
    else undecided.set(customer.id, c);
  });
  let customerId: string | undefined;
  let c: number | undefined;
  for (const log of contactLogs) {
    if (undecided.size === 0) break;
    if (log.customerId !== customerId) {
      customerId = log.customerId;
      c = undecided.get(customerId);
    }
    if (c === undefined || marketDayOf(log.at) > asOfDay) continue;
    contacted[c] = 1;
    undecided.delete(customerId);
    c = undefined;
  }
  return contacted;
}
