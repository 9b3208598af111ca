import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerInsightRunner } from '../../../../../renderer/src/app/book/insights';
import type { InsightRequest } from '../../../../../renderer/src/app/book/insights/insightMessages';
import type { CustomerBook } from '../../../../../shared/customers';

/** Stands in for the module worker: records what is posted; the test plays the worker's side. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: InsightRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(request: InsightRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
}

const book: CustomerBook = { customers: [], deals: [], contactLogs: [], requests: [], offers: [], ratings: [] };

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('createWorkerInsightRunner', () => {
  it('starts a new worker for the next call after one failed (its script could not load offline), and answers from it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = createWorkerInsightRunner();

    const first = runner.compute(book, '2026-12-06');
    const failed = FakeWorker.started[0]!;
    failed.onerror!({ message: 'failed to fetch the worker script' } as ErrorEvent);
    await expect(first).rejects.toThrow('failed to fetch the worker script');
    expect(failed.terminated).toBe(true);

    const second = runner.compute(book, '2026-12-06');
    expect(FakeWorker.started).toHaveLength(2);
    const restarted = FakeWorker.started[1]!;
    restarted.onmessage!({ data: { id: restarted.posted[0]!.id, insights: [] } } as MessageEvent);
    await expect(second).resolves.toEqual([]);
  });

  it('keeps one worker for every call while it works', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = createWorkerInsightRunner();
    const answers = [runner.compute(book, '2026-12-06'), runner.compute(book, '2026-12-07')];
    const worker = FakeWorker.started[0]!;
    for (const request of worker.posted) worker.onmessage!({ data: { id: request.id, insights: [] } } as MessageEvent);
    await expect(Promise.all(answers)).resolves.toEqual([[], []]);
    expect(FakeWorker.started).toHaveLength(1);
  });
});
