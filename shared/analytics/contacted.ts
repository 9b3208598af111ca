import type { ContactLog, Customer } from '../model/customer';
import { dayNumber, leadingDayNumber, marketDayNumber } from './calendar';
import type { CustomerSummaries } from './summaries';

const MARKET_OFFSET_SUFFIX = '+08:00';

/**
 * Which customers are in contact by `asOfDay` (1) and which not (0): a counting deal, a
 * `firstContactOn` or a contact log (in market time) on or before that day. The logs are read only
 * for the customers the first two leave undecided, and no further once none is left.
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
    const knownContact = customer.firstContactOn !== undefined && dayNumber(customer.firstContactOn) <= asOfDay;
    if (summaries.lifetimeDeals[c]! > 0 || knownContact) contacted[c] = 1;
    else undecided.set(customer.id, c);
  });
  for (const log of contactLogs) {
    if (undecided.size === 0) break;
    const c = undecided.get(log.customerId);
    if (c === undefined || marketDay(log.at) > asOfDay) continue;
    contacted[c] = 1;
    undecided.delete(log.customerId);
  }
  return contacted;
}

/** The market date of a contact log's instant. Logs written at the market carry +08:00: their date part is it. */
function marketDay(at: string): number {
  const datePart = at.endsWith(MARKET_OFFSET_SUFFIX) ? leadingDayNumber(at) : NaN;
  return Number.isNaN(datePart) ? marketDayNumber(at) : datePart;
}
