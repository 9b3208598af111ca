import type { Broker, Contact, ContactLog, Customer } from '../model/customer';
import type { Deal, Rating } from '../model/deal';
import type { Offer } from '../model/offer';
import type { BuyRequest } from '../model/request';
import { generateContactLogs } from './contactLogs';
import { generateContacts } from './contacts';
import { createDemoContext, type DemoOptions } from './context';
import { generateCustomers } from './customers';
import { generateDeals } from './deals';
import { generateOffers } from './offers';
import { ratingsOf } from './ratings';
import { generateRequests } from './requests';

/** A whole demo company: domain records without `meta` (the store adds it), keyed like TABLE_SCHEMAS. */
export interface DemoBook {
  brokers: Broker[];
  customers: Customer[];
  contacts: Contact[];
  contactLogs: ContactLog[];
  offers: Offer[];
  requests: BuyRequest[];
  deals: Deal[];
  ratings: Rating[];
}

/**
 * The demo book (演示账套): a realistic steel trading company generated from a seed, the same for
 * the same options. Defaults: 5 brokers, 300 customers, 2,000 offers, 300 requests and 2,400 deals
 * over the 12 months before 2026-11-20. `createDemoContext(options)` gives the same customers'
 * profiles and archetypes. For large sizes, stream the generators instead (see index.ts).
 */
export function generateDemoBook(options: DemoOptions = {}): DemoBook {
  const context = createDemoContext(options);
  const deals = [...generateDeals(context)];
  return {
    brokers: [...context.brokers],
    customers: [...generateCustomers(context)],
    contacts: [...generateContacts(context)],
    contactLogs: [...generateContactLogs(context)],
    offers: [...generateOffers(context)],
    requests: [...generateRequests(context)],
    deals,
    ratings: deals.flatMap((deal) => ratingsOf(context, deal)),
  };
}
