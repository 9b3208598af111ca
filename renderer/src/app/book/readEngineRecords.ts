import type { CustomerBook } from '../../../../shared/customers';
import type { Book, StoredRecord } from '../../data';
import { readDealsInForce } from './readDealsInForce';

/**
 * The live records the customer engines and the analytics read, one query per table: customers,
 * deals (with their amendments applied), contact logs, and the activity that places a customer on
 * the stage ladder (requests, offers, ratings), reduced to the fields the engines read so a copy
 * into a Web Worker stays small. Run inside `liveQuery`/`useLiveQuery` it follows every change.
 */
export interface EngineRecords {
  customers: Array<StoredRecord<'customers'>>;
  deals: Array<StoredRecord<'deals'>>;
  contactLogs: Array<StoredRecord<'contactLogs'>>;
  requests: NonNullable<CustomerBook['requests']>;
  offers: NonNullable<CustomerBook['offers']>;
  ratings: NonNullable<CustomerBook['ratings']>;
}

export async function readEngineRecords(book: Book): Promise<EngineRecords> {
  const [customers, deals, contactLogs, requests, offers, ratings] = await Promise.all([
    book.read.query('customers').toArray(),
    readDealsInForce(book),
    book.read.query('contactLogs').toArray(),
    book.read.query('requests').toArray(),
    book.read.query('offers').toArray(),
    book.read.query('ratings').toArray(),
  ]);
  return {
    customers,
    deals,
    contactLogs,
    requests: requests.map(({ buyerId, receivedAt }) => ({ buyerId, receivedAt })),
    offers: offers.map(({ sellerId, postedAt }) => ({ sellerId, postedAt })),
    ratings: ratings.map(({ customerId, score, at }) => ({ customerId, score, at })),
  };
}
