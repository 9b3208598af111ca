import type { AnalyticsBook } from '../../../../../shared/analytics';
import type { CustomerBook } from '../../../../../shared/customers';

/**
 * What the analytics read from the book: its live customers, deals and contact logs, and what the
 * customer engines need besides to place each customer on the stage ladder (requests, offers,
 * ratings), reduced to the fields they read so the message to the worker stays small.
 */
export interface AnalyticsSource {
  customers: AnalyticsBook['customers'];
  deals: AnalyticsBook['deals'];
  contactLogs: AnalyticsBook['contactLogs'];
  requests: NonNullable<CustomerBook['requests']>;
  offers: NonNullable<CustomerBook['offers']>;
  ratings: NonNullable<CustomerBook['ratings']>;
}
