import type { Customer } from '../model/customer';
import type { AnalyticsBook } from './book';
import { collectCountingDeals } from './countingDeals';
import { forEachParty, groupDealDays, type DealFacts } from './dealFacts';
import { customerAttributesPass, customerInterestPasses, filterSets, type AnalyticsFilter } from './filter';
import { contactedByAsOf } from './contacted';
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

/** Applies the filter to the book and groups what is left by customer, as of the period's end. */
export function prepareBook(book: AnalyticsBook, filter: AnalyticsFilter, today: string): PreparedBook {
  const window = resolveWindow(filter.period, today);
  const sets = filterSets(filter);
  const candidates = book.customers.filter((customer) => customerAttributesPass(customer, sets));
  const candidateOf = positionsById(candidates);
  const deals = collectCountingDeals(book.deals, candidateOf, sets.categories, window.asOfDay);

  const traded = new Uint8Array(candidates.length);
  forEachParty(deals, null, (candidate) => {
    traded[candidate] = 1;
  });
  const customerOf = new Int32Array(candidates.length).fill(-1);
  const customers: Customer[] = [];
  candidates.forEach((customer, i) => {
    if (traded[i] === 1 || customerInterestPasses(customer, sets)) customerOf[i] = customers.push(customer) - 1;
  });

  const summaries = summarise(deals, customerOf, customers.length, window);
  return {
    window,
    customers,
    // When every candidate is kept (always so without a category filter), positions are unchanged.
    indexOf: customers.length === candidates.length ? candidateOf : positionsById(customers),
    facts: groupDealDays(deals, customerOf, summaries.lifetimeDeals),
    summaries,
    contacted: contactedByAsOf(customers, summaries, book.contactLogs, window.asOfDay),
  };
}

function positionsById(customers: readonly Customer[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let i = 0; i < customers.length; i++) positions.set(customers[i]!.id, i);
  return positions;
}
