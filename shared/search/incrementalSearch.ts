import type { CustomerSearchIndex } from './customerSearchIndex';
import { searchCustomers, type CustomerSearchResult } from './searchCustomers';

/**
 * A search box over one index: call it with the query after each keystroke and it returns every
 * matching customer id, best first. It remembers the last result, so a query that extends the
 * last one searches only its matches.
 */
export function incrementalSearch(index: CustomerSearchIndex): (query: string) => string[] {
  let previous: CustomerSearchResult | undefined;
  return (query) => {
    previous = searchCustomers(index, query, { limit: index.ids.length, ...(previous ? { previous } : {}) });
    return previous.ids;
  };
}
