import { deleteBook, openBook } from '../../../renderer/src/data';
import { createDemoContext } from '../../../shared/demo/context';
import { generateCustomers } from '../../../shared/demo/customers';
import { generateOffers } from '../../../shared/demo/offers';
import { generateRequests } from '../../../shared/demo/requests';

/** What seeding the desk bench's books reports: the offers written, how many are open, and raw first-page reads. */
export interface DeskSeed {
  offers: number;
  openOffers: number;
  firstPageMs: number[];
}

export const DESK_BENCH_TODAY = '2026-11-23';
const FIRST_PAGE = 50;

/** Opening the book and reading the first page of open offers through the status index: the floor any desk pays. */
async function timeFirstPage(): Promise<number> {
  const start = performance.now();
  const book = await openBook('main');
  const rows = await book.read.query('offers', (t) => t.where('status').equals('open')).limit(FIRST_PAGE).toArray();
  const ms = performance.now() - start;
  book.close();
  if (rows.length !== FIRST_PAGE) throw new Error(`first page read ${rows.length} rows, not ${FIRST_PAGE}`);
  return ms;
}

/**
 * Writes the books the app will open on this origin: `main` with `count` demo offers (about nine
 * in ten open), the demo's customers and requests, through the repository; `demo` empty.
 */
async function benchSeedDesk(count: number, rounds: number): Promise<DeskSeed> {
  const ctx = createDemoContext({ today: DESK_BENCH_TODAY, offers: count });
  await deleteBook('main');
  await deleteBook('demo');
  const book = await openBook('main');
  await book.repository.createMany('customers', [...generateCustomers(ctx)]);
  await book.repository.createMany('offers', [...generateOffers(ctx, count)]);
  await book.repository.createMany('requests', [...generateRequests(ctx)]);
  const openOffers = await book.read.query('offers', (t) => t.where('status').equals('open')).count();
  book.close();
  (await openBook('demo')).close();
  const firstPageMs: number[] = [];
  for (let round = 0; round < rounds; round++) firstPageMs.push(await timeFirstPage());
  return { offers: count, openOffers, firstPageMs };
}

Object.assign(globalThis, { benchSeedDesk });
