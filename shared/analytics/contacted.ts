import type { IndexedAnalyticsBook } from './indexedBook';
import type { CustomerSummaries } from './summaries';

/**
 * Which customers are in contact by `asOfDay` (1) and which not (0): a counting deal, a
 * `firstContactOn` or a contact log (in market time) on or before that day. `customerOf` maps a
 * book position to the customer's position in the selection (−1: not selected). The logs are
 * read only while some selected customer is undecided.
 */
export function contactedByAsOf(book: IndexedAnalyticsBook, customerOf: Int32Array, summaries: CustomerSummaries, asOfDay: number): Uint8Array {
  const contacted = new Uint8Array(summaries.lifetimeDeals.length);
  let undecided = 0;
  for (let p = 0; p < customerOf.length; p++) {
    const c = customerOf[p]!;
    if (c === -1) continue;
    if (summaries.lifetimeDeals[c]! > 0 || book.firstContactDay[p]! <= asOfDay) contacted[c] = 1;
    else undecided++;
  }
  const { logCustomer, logDay } = book;
  for (let l = 0; l < logCustomer.length && undecided > 0; l++) {
    const p = logCustomer[l]!;
    const c = p === -1 ? -1 : customerOf[p]!;
    if (c === -1 || contacted[c] === 1 || logDay[l]! > asOfDay) continue;
    contacted[c] = 1;
    undecided--;
  }
  return contacted;
}
