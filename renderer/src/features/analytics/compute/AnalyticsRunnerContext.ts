import { createContext, useContext } from 'react';
import type { AnalyticsRunner } from './AnalyticsRunner';
import { createInThreadRunner } from './inThreadRunner';
import { createWorkerRunner } from './workerRunner';

/** Makes the runner of an analytics page (one per page mount, disposed when the page goes). */
export type AnalyticsRunnerFactory = () => AnalyticsRunner;

/** The Web Worker wherever workers exist (the app); the same engine in the thread elsewhere (jsdom). */
const defaultFactory: AnalyticsRunnerFactory = () => (typeof Worker === 'function' ? createWorkerRunner() : createInThreadRunner());

/** Injects how the analytics are computed; tests provide `createInThreadRunner` or a runner they control. */
export const AnalyticsRunnerContext = createContext<AnalyticsRunnerFactory>(defaultFactory);

export function useAnalyticsRunnerFactory(): AnalyticsRunnerFactory {
  return useContext(AnalyticsRunnerContext);
}
