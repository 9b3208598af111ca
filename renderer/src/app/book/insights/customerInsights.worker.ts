import { computeCustomerInsights } from '../../../../../shared/customers';
import type { InsightRequest, InsightResponse } from './insightMessages';

/** The worker's global scope, as far as this worker uses it (the project compiles against the DOM library). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<InsightRequest>) => void) | null;
  postMessage(response: InsightResponse): void;
};

// The customer engines off the UI thread: one request in, one answer out, plain data both ways.
scope.onmessage = (event) => {
  const { id, book, today } = event.data;
  let response: InsightResponse;
  try {
    response = { id, insights: computeCustomerInsights(book, today) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
