import type { AnalyticsFilter } from '../../../shared/analytics';
import { DEMO_TODAY, generateDemoBook } from '../../../shared/demo';
import type { AnalyticsReply, AnalyticsRequest } from '../../../renderer/src/features/analytics/compute/analyticsProtocol';
import { createAnalyticsEngine } from '../../../renderer/src/features/analytics/compute/analyticsEngine';
import type { AnalyticsSource } from '../../../renderer/src/features/analytics/compute/analyticsSource';

/** Wall-clock milliseconds per round, each side: the page's worker and the page's own thread. */
export interface AnalyticsWorkerTimes {
  customers: number;
  deals: number;
  worker: { loadMs: number[]; computeMs: number[] };
  thread: { loadMs: number[]; computeMs: number[] };
}

/** A filter change as the page makes one: another region over the default twelve months. */
const FILTERS: AnalyticsFilter[] = [{}, { regions: ['华东'] }];

/** The demo book as the page reads it from the store (see readEngineRecords). */
function demoSource(): AnalyticsSource {
  const book = generateDemoBook();
  return {
    customers: book.customers,
    deals: book.deals,
    contactLogs: book.contactLogs,
    requests: book.requests.map(({ buyerId, receivedAt }) => ({ buyerId, receivedAt })),
    offers: book.offers.map(({ sellerId, postedAt }) => ({ sellerId, postedAt })),
    ratings: book.ratings.map(({ customerId, score, at }) => ({ customerId, score, at })),
  } as AnalyticsSource;
}

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * The analytics of the demo book computed `rounds` times in a Web Worker running the app's worker
 * script (round trip: structured clone both ways included), and by the same engine on the page's
 * own thread (what the UI would wait for without the worker).
 */
async function benchAnalyticsWorker(workerScript: string, rounds: number): Promise<AnalyticsWorkerTimes> {
  const source = demoSource();
  const worker = new Worker(URL.createObjectURL(new Blob([workerScript], { type: 'text/javascript' })));
  const ask = (request: AnalyticsRequest) =>
    new Promise<AnalyticsReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<AnalyticsReply>) => {
        if (event.data.ok) resolve(event.data);
        else reject(new Error(`analytics worker: ${event.data.error}`));
      };
      worker.postMessage(request);
    });
  const answer = createAnalyticsEngine();
  const times: AnalyticsWorkerTimes = {
    customers: source.customers.length,
    deals: source.deals.length,
    worker: { loadMs: [], computeMs: [] },
    thread: { loadMs: [], computeMs: [] },
  };
  for (let round = 0; round < rounds; round++) {
    const filter = FILTERS[round % FILTERS.length]!;
    times.worker.loadMs.push(await timed(() => ask({ id: 2 * round, kind: 'load', source, today: DEMO_TODAY })));
    times.worker.computeMs.push(await timed(() => ask({ id: 2 * round + 1, kind: 'compute', filter })));
    times.thread.loadMs.push(await timed(() => answer({ id: 0, kind: 'load', source, today: DEMO_TODAY })));
    times.thread.computeMs.push(await timed(() => answer({ id: 0, kind: 'compute', filter })));
  }
  worker.terminate();
  return times;
}

Object.assign(globalThis, { benchAnalyticsWorker });
