import { createMatchingHandler } from './matchingHandler';
import type { MatchingAnswer, MatchingEnvelope, MatchingReply, MatchingRequest } from './matchingMessages';

/** Asks the matching worker; every answer is a promise, so callers do not care where it runs. */
export interface MatchingEngine {
  ask<R extends MatchingRequest>(request: R): Promise<MatchingReply<R>>;
  /** Stops the worker and fails what it was still doing; the next question starts a fresh one. */
  dispose(): void;
}

/**
 * The desk's matching engine: a module Web Worker in the app, started on the first question, or
 * the same handler in-thread where the environment has no Worker (tests under jsdom).
 */
export function createMatchingEngine(): MatchingEngine {
  if (typeof Worker === 'undefined') return inThreadEngine();
  return workerEngine(() => new Worker(new URL('./matching.worker.ts', import.meta.url), { type: 'module' }));
}

function inThreadEngine(): MatchingEngine {
  let handle = createMatchingHandler();
  return {
    ask: async (request) => handle(request) as never,
    dispose: () => {
      handle = createMatchingHandler();
    },
  };
}

type Caller = { resolve: (reply: never) => void; reject: (error: Error) => void };

function workerEngine(spawn: () => Worker): MatchingEngine {
  const waiting = new Map<number, Caller>();
  let worker: Worker | undefined;
  let nextId = 1;

  const failAll = (message: string) => {
    for (const caller of waiting.values()) caller.reject(new Error(message));
    waiting.clear();
  };

  function started(): Worker {
    if (worker) return worker;
    const created = spawn();
    created.onmessage = (event: MessageEvent<MatchingAnswer>) => {
      const answer = event.data;
      const caller = waiting.get(answer.id);
      if (!caller) return;
      waiting.delete(answer.id);
      if (answer.ok) caller.resolve(answer.reply as never);
      else caller.reject(new Error(answer.error));
    };
    created.onerror = (event) => failAll(`matching worker failed: ${event.message}`);
    return (worker = created);
  }

  return {
    ask: (request) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        started().postMessage({ id, request } satisfies MatchingEnvelope);
      }),
    dispose: () => {
      worker?.terminate();
      worker = undefined;
      failAll('matching worker stopped');
    },
  };
}
