import type { Customer } from '../model/customer';
import type { AnalyticsBook } from './book';
import { collectCountingDeals } from './countingDeals';
import { forEachParty, groupDealDays, type DealFacts } from './dealFacts';
import { customerAttributesPass, customerInterestPasses, filterSets, type AnalyticsFilter } from './filter';
import { contactedByAsOf } from './contacted';
import { asIndexedBook, categoryMask, type IndexedAnalyticsBook } from './indexedBook';
import { summarise, type CustomerSummaries } from './summaries';
import { resolveWindow, type AnalyticsWindow } from './window';

/**
 * The book after the filter, grouped by customer once: what every metric function takes.
 * Customer `i` is `customers[i]`; its deal days are in `facts`, its figures in `summaries`.
 */
export interface PreparedBook {
  window: AnalyticsWindow;
  /** The customers the filter keeps, in book order: "all known market participants" of the selection. */
  customers: readonly Customer[];
  indexOf: ReadonlyMap<string, number>;
  facts: DealFacts;
  summaries: CustomerSummaries;
  /** 1 for the customers in contact by the as-of day (see `contactedByAsOf`), else 0. */
  contacted: Uint8Array;
}

/**
 * Applies the filter to the book and groups what is left by customer, as of the period's end. Give
 * it the book indexed once (`indexAnalyticsBook`) when it answers more than one filter.
 */
export function prepareBook(source: AnalyticsBook | IndexedAnalyticsBook, filter: AnalyticsFilter, today: string): PreparedBook {
  const indexed = asIndexedBook(source);
  const { book } = indexed;
  const window = resolveWindow(filter.period, today);
  const sets = filterSets(filter);
  // Three numberings of customers: book positions, candidates (their own attributes pass) and the
  // selected (candidates that traded, or care for a filtered category). `candidateOf` maps the
  // first to the second, `selectedOf` the second to the third, `customerOf` the first to the third.
  const candidateOf = new Int32Array(book.customers.length).fill(-1);
  const candidates: Customer[] = [];
  book.customers.forEach((customer, p) => {
    if (customerAttributesPass(customer, sets)) candidateOf[p] = candidates.push(customer) - 1;
  });
  const deals = collectCountingDeals(indexed.deals, candidateOf, categoryMask(sets.categories), window.asOfDay);

  const traded = new Uint8Array(candidates.length);
  forEachParty(deals, null, (candidate) => {
    traded[candidate] = 1;
  });
  const selectedOf = new Int32Array(candidates.length).fill(-1);
  const customers: Customer[] = [];
  candidates.forEach((customer, i) => {
    if (traded[i] === 1 || customerInterestPasses(customer, sets)) selectedOf[i] = customers.push(customer) - 1;
  });
  const customerOf = candidateOf.map((candidate) => (candidate === -1 ? -1 : selectedOf[candidate]!));

  const summaries = summarise(deals, selectedOf, customers.length, window);
  return {
    window,
    customers,
    // Every customer of the book kept (no filter on customers): the book's own positions serve.
    indexOf: customers.length === book.customers.length ? indexed.positionOf : positionsById(customers),
    facts: groupDealDays(deals, selectedOf, summaries.lifetimeDeals),
    summaries,
    contacted: contactedByAsOf(indexed, customerOf, summaries, window.asOfDay),
  };
}

function positionsById(customers: readonly Customer[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < customers.length; i++) positions.set(customers[i]!.id, i);
  return positions;
}
