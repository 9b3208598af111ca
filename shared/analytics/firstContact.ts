import type { ContactLog, Customer } from '../model/customer';
import { dayNumber, marketDayNumber } from './calendar';
import { memoise } from './memoise';

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
  const dayOf = memoise(dayNumber);
  const first = new Float64Array(customers.length).fill(Infinity);
  customers.forEach((customer, i) => {
    if (customer.firstContactOn !== undefined) first[i] = dayOf(customer.firstContactOn);
  });
  for (const log of contactLogs) {
    const i = indexOf.get(log.customerId);
    if (i === undefined) continue;
    // Logs written at the market carry +08:00: their date part is already the market date.
    const day = log.at.endsWith(MARKET_OFFSET_SUFFIX) ? dayOf(log.at.slice(0, 10)) : marketDayNumber(log.at);
    if (day < first[i]!) first[i] = day;
  }
  for (let i = 0; i < first.length; i++) if (first[i]! > asOfDay) first[i] = Infinity;
  return first;
}
