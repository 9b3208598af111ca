import type { AnalyticsReply } from './analyticsProtocol';
import { runnerOver, type AnalyticsRunner } from './AnalyticsRunner';

/** The engine in a dedicated Web Worker, so the UI never waits on a computation. */
export function createWorkerRunner(): AnalyticsRunner {
  const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module', name: 'analytics' });
  const pending = new Map<number, (reply: AnalyticsReply) => void>();
  const failAll = (error: string) => {
    for (const [id, settle] of pending) settle({ id, ok: false, error });
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<AnalyticsReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => failAll(`analytics worker failed: ${event.message}`));
  return runnerOver(
    (request) =>
      new Promise((settle) => {
        pending.set(request.id, settle);
        worker.postMessage(request);
      }),
    () => {
      worker.terminate();
      failAll('analytics worker stopped');
    },
  );
}
