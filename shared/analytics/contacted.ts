import type { ContactLog, Customer } from '../model/customer';
import { dayNumber, leadingDayNumber, marketDayNumber } from './calendar';

const MARKET_OFFSET_SUFFIX = '+08:00';

/**
 * For each customer, the day of its first recorded contact on or before `asOfDay`: its
 * `firstContactOn` or its earliest contact log (in market time), `Infinity` when there is none.
 * Deals are contacts too; callers add them (a customer with a deal has been in contact).
 */
export function firstContactDays(
  customers: readonly Customer[],
  indexOf: ReadonlyMap<string, number>,
  contactLogs: readonly ContactLog[],
  asOfDay: number,
): Float64Array {
  const first = new Float64Array(customers.length).fill(Infinity);
  customers.forEach((customer, i) => {
    if (customer.firstContactOn !== undefined) first[i] = dayNumber(customer.firstContactOn);
  });
  for (const log of contactLogs) {
    // Logs written at the market carry +08:00: their date part is already the market date.
    const datePart = log.at.endsWith(MARKET_OFFSET_SUFFIX) ? leadingDayNumber(log.at) : NaN;
    const day = Number.isNaN(datePart) ? marketDayNumber(log.at) : datePart;
    if (day > asOfDay) continue;
    const i = indexOf.get(log.customerId);
    if (i !== undefined && day < first[i]!) first[i] = day;
  }
  for (let i = 0; i < first.length; i++) if (first[i]! > asOfDay) first[i] = Infinity;
  return first;
}
