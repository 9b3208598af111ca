import { uuidv7 } from '../../shared/ids/uuidv7';
import { createDemoContext, generateDeals, generateDemoBook, generateOffers, Random, type DemoBook } from '../../shared/demo';
import { TABLE_SCHEMAS, type TableName } from '../../shared/model/tables';
import { percentile, type BenchSuite, type Figure } from './harness/figure';

const OFFERS = 100_000;
const OFFERS_GOAL_MS = 2_000;
const BOOK_GOAL_MS = 1_000;
const BIG_CUSTOMERS = 50_000;
const BIG_DEALS = 500_000;
const DEALS_GOAL_MS = 10_000;
const ROUNDS = 3;

function elapsedMs(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** Median of `rounds` timed runs after one warm-up run. */
function medianMs(fn: () => unknown, rounds = ROUNDS): number {
  fn();
  return percentile(Array.from({ length: rounds }, () => elapsedMs(fn)), 50);
}

/** The floor of any generator: `count` deterministic UUIDv7 ids and nothing else. */
function idsOnlyMs(count: number): number {
  return medianMs(() => {
    const rng = new Random(1);
    for (let i = 0; i < count; i++) uuidv7(1_763_000_000_000 + i, rng.bytes);
  });
}

function drain(records: Iterable<unknown>): number {
  let count = 0;
  for (const _ of records) count++;
  return count;
}

function validateMs(book: DemoBook): number {
  return medianMs(() => {
    for (const [table, records] of Object.entries(book) as Array<[TableName, unknown[]]>) {
      for (const record of records) TABLE_SCHEMAS[table].parse(record);
    }
  });
}

/**
 * The demo generator (issue 2, point 5): 100k offers in Node (goal well under 2 s), the default
 * demo book the app offers on first run, and 500k deals over 50k customers for other benches.
 */
const demoBookSuite: BenchSuite = {
  name: 'demo book generator',
  async run(): Promise<Figure[]> {
    const offersCtx = createDemoContext();
    const offersMs = medianMs(() => drain(generateOffers(offersCtx, OFFERS)));
    const bookMs = medianMs(() => generateDemoBook());
    const book = generateDemoBook();
    const records = Object.values(book).reduce((sum, table) => sum + table.length, 0);
    const bigCtx = createDemoContext({ customers: BIG_CUSTOMERS, deals: BIG_DEALS });
    const dealsMs = elapsedMs(() => drain(generateDeals(bigCtx)));
    return [
      {
        name: `generate ${OFFERS.toLocaleString('en-US')} offers (streamed)`,
        value: offersMs,
        unit: `ms (median of ${ROUNDS})`,
        goal: `≤ ${OFFERS_GOAL_MS.toLocaleString('en-US')} ms`,
        met: offersMs <= OFFERS_GOAL_MS,
        baseline: `${OFFERS.toLocaleString('en-US')} seeded UUIDv7 ids alone ${Math.round(idsOnlyMs(OFFERS))} ms`,
      },
      {
        name: `generate the default demo book (${records.toLocaleString('en-US')} records)`,
        value: bookMs,
        unit: `ms (median of ${ROUNDS})`,
        goal: `≤ ${BOOK_GOAL_MS.toLocaleString('en-US')} ms`,
        met: bookMs <= BOOK_GOAL_MS,
        baseline: `zod validation of the same book ${Math.round(validateMs(book))} ms`,
      },
      {
        name: `generate ${BIG_DEALS.toLocaleString('en-US')} deals over ${BIG_CUSTOMERS.toLocaleString('en-US')} customers (streamed)`,
        value: dealsMs,
        unit: 'ms (one run)',
        goal: `≤ ${DEALS_GOAL_MS.toLocaleString('en-US')} ms`,
        met: dealsMs <= DEALS_GOAL_MS,
        baseline: `${BIG_DEALS.toLocaleString('en-US')} seeded UUIDv7 ids alone ${Math.round(idsOnlyMs(BIG_DEALS))} ms`,
      },
    ];
  },
};

export default demoBookSuite;
