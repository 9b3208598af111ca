import type { CustomerInsight } from '../../../../../shared/customers';
import type { InsightRequest, InsightResponse } from './insightMessages';
import type { InsightRunner } from './insightRunner';

/**
 * An `InsightRunner` backed by one Web Worker (Vite bundles `customerInsights.worker.ts` as a
 * module worker). The worker starts on the first call and lives as long as the app, unless it
 * fails (e.g. the web build lost its connection before loading the worker's script): then the
 * next call starts a new one, so the customer pages recover instead of waiting forever.
 */
export function createWorkerInsightRunner(): InsightRunner {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (insights: CustomerInsight[]) => void; reject: (error: Error) => void }>();

  const start = () => {
    const started = new Worker(new URL('./customerInsights.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<InsightResponse>) => {
      const answer = event.data;
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if ('error' in answer) waiting?.reject(new Error(answer.error));
      else waiting?.resolve(answer.insights);
    };
    started.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'customer insights worker failed'));
      pending.clear();
      started.terminate();
      if (worker === started) worker = undefined;
    };
    return started;
  };

  return {
    compute(book, today) {
      worker ??= start();
      const id = nextId++;
      const request: InsightRequest = { id, book, today };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage(request);
      });
    },
  };
}
