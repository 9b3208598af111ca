import { uuidv7Time } from '../ids/uuidv7';
import { dayOf, marketDayOf, marketDayOfMs } from '../calendar/marketCalendar';
import type { CustomerBook } from './customerBook';
import { isCountingDeal } from './dealEconomics';

/** Per customer position: when it became known and its first contact, as market days (`Infinity` when none). */
export interface StageEvidenceColumns {
  knownSince: Float64Array;
  firstContact: Float64Array;
}

/**
 * One pass over each kind of record. A customer became known when its record was created (the
 * time in its UUIDv7 id). Its first contact is the earliest of `firstContactOn`, its contact logs,
 * its requests (as buyer), its offers (as seller) and its deals of any status: negotiating a deal,
 * even one later cancelled, is contact. Counting deals are left to the stage history, which reads
 * the first one from the deal timelines, so only drafts and cancelled deals are read here.
 */
export function collectStageEvidence(book: CustomerBook, ordinalOf: ReadonlyMap<string, number>): StageEvidenceColumns {
  const count = book.customers.length;
  const knownSince = new Float64Array(count);
  const firstContact = new Float64Array(count).fill(Infinity);
  const contact = (customerId: string, day: number) => {
    const c = ordinalOf.get(customerId);
    if (c !== undefined && day < firstContact[c]!) firstContact[c] = day;
  };
  book.customers.forEach((customer, c) => {
    const createdMs = uuidv7Time(customer.id);
    knownSince[c] = Number.isFinite(createdMs) ? marketDayOfMs(createdMs) : Infinity;
    if (customer.firstContactOn !== undefined) firstContact[c] = dayOf(customer.firstContactOn);
  });
  for (const log of book.contactLogs ?? []) contact(log.customerId, marketDayOf(log.at));
  for (const request of book.requests ?? []) contact(request.buyerId, marketDayOf(request.receivedAt));
  for (const offer of book.offers ?? []) contact(offer.sellerId, marketDayOf(offer.postedAt));
  for (const deal of book.deals) {
    if (isCountingDeal(deal)) continue;
    const day = dayOf(deal.dealOn);
    contact(deal.buyerId, day);
    contact(deal.sellerId, day);
  }
  return { knownSince, firstContact };
}
