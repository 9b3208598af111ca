import type { Book } from '../../../data';
import type { AnalyticsSource } from './analyticsSource';
import { readDealsInForce } from '../../../app/book/readDealsInForce';

/** Reads the book's live records the analytics need (inside `useLiveQuery`, so they follow every change). */
export async function readAnalyticsSource(book: Book): Promise<AnalyticsSource> {
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
