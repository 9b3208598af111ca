import { useMemo } from 'react';
import { buildCustomerSearchIndex, incrementalSearch } from '../../../../shared/search';
import type { CustomerDirectory } from './useCustomerDirectory';

/**
 * Customer ids matching `query` (name, short name, contacts, phones, pinyin in full or initials),
 * best first; `undefined` for an empty query. The index is built again only when customers or contacts
 * change, and each keystroke that extends the query searches only the previous matches.
 */
export function useCustomerSearch(directory: CustomerDirectory | undefined, query: string): string[] | undefined {
  const customers = directory?.customers;
  const contacts = directory?.contacts;
  const search = useMemo(() => (customers && contacts ? incrementalSearch(buildCustomerSearchIndex(customers, contacts)) : undefined), [customers, contacts]);
  return useMemo(() => (search && query.trim() !== '' ? search(query) : undefined), [search, query]);
}
