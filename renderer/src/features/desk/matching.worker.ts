/// <reference lib="webworker" />
import { createMatchingHandler } from './matchingHandler';
import type { MatchingAnswer, MatchingEnvelope } from './matchingMessages';

// The desk's heavy work (offer index, ranking, allocate) off the UI thread.
declare const self: DedicatedWorkerGlobalScope;

const handle = createMatchingHandler();

self.onmessage = (event: MessageEvent<MatchingEnvelope>) => {
  const { id, request } = event.data;
  let answer: MatchingAnswer;
  try {
    answer = { id, ok: true, reply: handle(request) };
  } catch (error) {
    answer = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
