import { build } from 'esbuild';
import type { AnalyticsWorkerTimes } from './browser/analyticsWorker';
import { withChromiumPage } from './harness/chromium';
import type { BenchSuite, Figure } from './harness/figure';

const ROUNDS = 5;
/** A filter change should redraw about as fast as the Node goal for the whole company book. */
const COMPUTE_GOAL_MS = 300;
/** Opening the page: read, clone, standings and metrics well within a second. */
const LOAD_GOAL_MS = 1_000;

/** The app's analytics worker as one classic script, to start from a blob URL in the bench page. */
async function workerScript(): Promise<string> {
  const bundle = await build({
    entryPoints: ['renderer/src/features/analytics/compute/analytics.worker.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}

const best = (list: number[]) => Math.min(...list);
const listed = (list: number[]) => list.map((ms) => ms.toFixed(0)).join(' / ');

/**
 * Issue 6 (optional figure): the analytics of the demo book in Chromium, computed in the app's Web
 * Worker (round trip, structured clone included), beside the same engine on the page's own thread
 * in the same run: the time the UI would be frozen without the worker.
 */
const analyticsWorker: BenchSuite = {
  name: 'analytics worker (Chromium)',
  async run(): Promise<Figure[]> {
    const script = await workerScript();
    const times = await withChromiumPage('test/bench/browser/analyticsWorker.ts', (page) =>
      page.evaluate(
        ([code, rounds]) =>
          (globalThis as unknown as { benchAnalyticsWorker(code: string, rounds: number): Promise<AnalyticsWorkerTimes> }).benchAnalyticsWorker(code, rounds),
        [script, ROUNDS] as const,
      ),
    );
    console.log(`  worker load ms: ${listed(times.worker.loadMs)}; compute ms: ${listed(times.worker.computeMs)}`);
    console.log(`  thread load ms: ${listed(times.thread.loadMs)}; compute ms: ${listed(times.thread.computeMs)}`);
    const scale = `demo book (${times.customers} customers, ${times.deals.toLocaleString('en-US')} deals)`;
    const load = best(times.worker.loadMs);
    const compute = best(times.worker.computeMs);
    return [
      {
        name: `analytics worker: load the ${scale} (standings) and answer`,
        value: load,
        unit: `ms (best of ${ROUNDS})`,
        goal: `≤ ${LOAD_GOAL_MS} ms`,
        met: load <= LOAD_GOAL_MS,
        baseline: `same engine on the UI thread ${best(times.thread.loadMs).toFixed(1)} ms`,
      },
      {
        name: `analytics worker: all metrics after a filter change, ${scale}`,
        value: compute,
        unit: `ms (best of ${ROUNDS})`,
        goal: `≤ ${COMPUTE_GOAL_MS} ms`,
        met: compute <= COMPUTE_GOAL_MS,
        baseline: `same engine on the UI thread ${best(times.thread.computeMs).toFixed(1)} ms`,
      },
    ];
  },
};

export default analyticsWorker;
