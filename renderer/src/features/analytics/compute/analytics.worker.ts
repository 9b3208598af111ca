/// <reference lib="webworker" />
import type { AnalyticsRequest } from './analyticsProtocol';
import { createAnalyticsEngine } from './analyticsEngine';

// The analytics off the UI thread: requests are answered one at a time, in the order they come.
const answer = createAnalyticsEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent<AnalyticsRequest>) => scope.postMessage(answer(event.data)));
