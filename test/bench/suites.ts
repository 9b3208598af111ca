import type { BenchSuite } from './harness/figure';

/** Every bench suite `npm run bench` runs, in order. Add one import per suite. */
export const suites: Array<() => Promise<{ default: BenchSuite }>> = [
  () => import('./domain.bench'),
  () => import('./storeImport.bench'),
  () => import('./customers.bench'),
  () => import('./demoBook.bench'),
  () => import('./analytics.bench'),
  () => import('./analyticsWorker.bench'),
  () => import('./hub.bench'),
  () => import('./print.bench'),
  () => import('./desk.bench'),
  () => import('./sync.bench'),
];
