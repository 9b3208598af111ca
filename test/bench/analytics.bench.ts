import type { AnalyticsBook } from '../../shared/analytics/book';
import { computeAnalytics } from '../../shared/analytics/computeAnalytics';
import type { AnalyticsFilter } from '../../shared/analytics/filter';
import { computeCustomerInsights } from '../../shared/customers/computeCustomerInsights';
import { createDemoContext, DEMO_TODAY, generateContactLogs, generateCustomers, generateDeals } from '../../shared/demo';
import { percentile, type BenchSuite, type Figure } from './harness/figure';

const CUSTOMERS = 50_000;
const DEALS = 500_000;
const ROUNDS = 7;
const GOAL_MS = 300;

/** Median wall time of `fn` over ROUNDS runs after one warm-up run. */
function medianMs(fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return percentile(samples, 50);
}

/** The floor: one plain pass over the deals summing their line amounts. */
function sumDealAmountsFen(book: AnalyticsBook): number {
  let fen = 0;
  for (const deal of book.deals) for (const line of deal.lines) fen += Math.round((line.priceFenPerTon * line.weightKg) / 1000);
  return fen;
}

/** The demo book at bench scale, with the customer engines' standings as the app would pass them. */
function benchBook(): AnalyticsBook {
  const context = createDemoContext({ customers: CUSTOMERS, deals: DEALS, offers: 0, requests: 0 });
  const book: AnalyticsBook = {
    customers: [...generateCustomers(context)],
    deals: [...generateDeals(context)],
    contactLogs: [...generateContactLogs(context)],
  };
  return { ...book, standings: computeCustomerInsights(book, DEMO_TODAY) };
}

/**
 * Issue 6: every metric (computeAnalytics) over the demo book at 500k deals and 50k customers in
 * Node, goal ≤ 300 ms, beside one plain pass summing the deal amounts of the same book, measured in
 * the same run.
 */
const analytics: BenchSuite = {
  name: 'analytics',
  async run(): Promise<Figure[]> {
    const book = benchBook();
    const floorMs = medianMs(() => sumDealAmountsFen(book));
    const baseline = `one pass summing deal amounts ${floorMs.toFixed(1)} ms`;
    const figure = (name: string, filter: AnalyticsFilter): Figure => {
      const ms = medianMs(() => computeAnalytics(book, filter, DEMO_TODAY));
      return { name, value: ms, unit: `ms (median of ${ROUNDS})`, goal: `≤ ${GOAL_MS} ms`, met: ms <= GOAL_MS, baseline };
    };
    const scale = `${DEALS.toLocaleString('en-US')} deals / ${CUSTOMERS.toLocaleString('en-US')} customers`;
    return [
      figure(`computeAnalytics, ${scale}, last 12 months`, {}),
      figure(`computeAnalytics, ${scale}, filtered by region and category`, {
        regions: [book.customers[0]!.region],
        categories: ['rebar', 'hot_rolled_coil'],
      }),
    ];
  },
};

export default analytics;
