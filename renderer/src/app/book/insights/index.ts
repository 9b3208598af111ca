// Customer insights for every feature: `useCustomerInsights()` gives customer id → stage, phase,
// grade. Features import from here only; the runner types are for wiring the app's services.
export { useCustomerInsights } from './useCustomerInsights';
export { loadCustomerBook } from './loadCustomerBook';
export { inThreadInsightRunner, type InsightRunner } from './insightRunner';
export { createWorkerInsightRunner } from './workerInsightRunner';
