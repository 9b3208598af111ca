import type { CustomerBook, CustomerInsight } from '../../../../../shared/customers';

/** What the page posts to the insights worker. */
export interface InsightRequest {
  id: number;
  book: CustomerBook;
  today: string;
}

/** What the worker posts back: the insights, or why it could not compute them. */
export type InsightResponse = { id: number; insights: CustomerInsight[] } | { id: number; error: string };
