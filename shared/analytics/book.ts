import type { ContactLog, Customer } from '../model/customer';
import type { Deal } from '../model/deal';
import type { CustomerStanding } from './standing';

/**
 * What the analytics read: the company's book (live records, tombstones already left out) and,
 * when computed, the customers' standings from shared/customers.
 */
export interface AnalyticsBook {
  customers: readonly Customer[];
  deals: readonly Deal[];
  contactLogs: readonly ContactLog[];
  standings?: readonly CustomerStanding[];
}
