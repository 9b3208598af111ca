import { useLiveQuery } from 'dexie-react-hooks';
import { buildCategoryAffinity, type CategoryAffinity } from '../../../../../shared/customers';
import { useBook } from '../../../app/book/BookContext';

/**
 * Which categories buyers take together, over the whole book's deals: what cross-sell hints are
 * drawn from. Read once per page and again only when deals change, not per opened customer.
 */
export function useCategoryAffinity(): CategoryAffinity | undefined {
  const book = useBook();
  return useLiveQuery(async () => buildCategoryAffinity(await book.read.query('deals').toArray()), [book]);
}
