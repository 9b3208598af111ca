// Customer search: name, short name, contacts, phones, pinyin full and initials (issue 4).
export { buildCustomerSearchIndex, SEARCH_FIELDS } from './customerSearchIndex';
export type { CustomerSearchIndex, SearchableContact, SearchableCustomer, SearchField } from './customerSearchIndex';
export { searchCustomers } from './searchCustomers';
export type { CustomerSearchResult, SearchOptions } from './searchCustomers';
export { normalizeForSearch } from './normalizeForSearch';
export { pinyinReadings } from './pinyinReadings';
export { incrementalSearch } from './incrementalSearch';
