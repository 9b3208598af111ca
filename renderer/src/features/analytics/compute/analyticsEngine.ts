import { computeAnalytics, drillDownCustomers, indexAnalyticsBook, prepareBook, type IndexedAnalyticsBook } from '../../../../../shared/analytics';
import { computeCustomerInsights } from '../../../../../shared/customers';
import type { AnalyticsReply, AnalyticsRequest } from './analyticsProtocol';

/**
 * The analytics engine behind both runners: it keeps the loaded book with the customers'
 * standings, indexed (both once per load, the costly part), and answers each request (each
 * filter change) with the metrics or the customers behind a mark. The worker and the in-thread runner call the same
 * function, so tests in jsdom exercise exactly what the worker runs.
 */
export function createAnalyticsEngine(): (request: AnalyticsRequest) => AnalyticsReply {
  let loaded: { book: IndexedAnalyticsBook; today: string } | null = null;
  const bookOf = () => {
    if (!loaded) throw new Error('analytics: no book loaded yet');
    return loaded;
  };
  const answer = (request: AnalyticsRequest): unknown => {
    switch (request.kind) {
      case 'load': {
        const { source, today } = request;
        loaded = { book: indexAnalyticsBook({ ...source, standings: computeCustomerInsights(source, today) }), today };
        return null;
      }
      case 'compute': {
        const { book, today } = bookOf();
        return computeAnalytics(book, request.filter, today);
      }
      case 'drillDown': {
        const { book, today } = bookOf();
        return drillDownCustomers(prepareBook(book, request.filter, today), book.book.standings, request.target);
      }
    }
  };
  return (request) => {
    try {
      return { id: request.id, ok: true, value: answer(request) };
    } catch (error) {
      return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
