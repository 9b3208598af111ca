import { computeCustomerInsights, type CustomerBook, type CustomerInsight } from '../../../../../shared/customers';

/**
 * Where `computeCustomerInsights` runs. The app uses `createWorkerInsightRunner` (a Web Worker, off
 * the UI thread); jsdom tests, which have no workers, use `inThreadInsightRunner`. Both answer the same.
 */
export interface InsightRunner {
  /** Stage, phase and grade of every customer of `book` as of `today` (`YYYY-MM-DD`), in book order. */
  compute(book: CustomerBook, today: string): Promise<CustomerInsight[]>;
}

/** Runs the engines on the calling thread (tests; nothing else should block the UI with it). */
export const inThreadInsightRunner: InsightRunner = {
  compute: async (book, today) => computeCustomerInsights(book, today),
};
