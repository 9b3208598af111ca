import type { ContactLog, Customer } from '../model/customer';
import type { Rating } from '../model/deal';
import type { Offer } from '../model/offer';
import type { BuyRequest } from '../model/request';
import type { InsightDeal } from './dealEconomics';
import type { GradeCode } from './ladders';

/**
 * What the customer engines read: live records of the book (tombstones already left out), reduced
 * to the fields they use so plain objects from a Web Worker message fit. Full model records fit too.
 */
export interface CustomerBook {
  customers: ReadonlyArray<Pick<Customer, 'id' | 'firstContactOn' | 'referredById'>>;
  deals: readonly InsightDeal[];
  contactLogs?: ReadonlyArray<Pick<ContactLog, 'customerId' | 'at'>>;
  requests?: ReadonlyArray<Pick<BuyRequest, 'buyerId' | 'receivedAt'>>;
  offers?: ReadonlyArray<Pick<Offer, 'sellerId' | 'postedAt'>>;
  /** Ratings a customer received (`customerId` is the customer rated). */
  ratings?: ReadonlyArray<Pick<Rating, 'customerId' | 'score' | 'at'>>;
  /** Each customer's grade as last shown, so grades move with hysteresis; customers left out start fresh. */
  previousGrades?: Readonly<Record<string, GradeCode>>;
}
