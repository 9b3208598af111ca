import { createAnalyticsEngine } from './analyticsEngine';
import { runnerOver, type AnalyticsRunner } from './AnalyticsRunner';

/**
 * The engine on the calling thread, answering on a later microtask like a worker would. For jsdom
 * tests (no Web Workers there) and environments without workers; the app uses `createWorkerRunner`.
 */
export function createInThreadRunner(): AnalyticsRunner {
  const answer = createAnalyticsEngine();
  return runnerOver(async (request) => answer(request), () => {});
}
