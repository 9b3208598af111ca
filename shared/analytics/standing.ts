/**
 * Inputs from the customer engines (shared/customers): development stages and lifecycle phases.
 * Declared here, structurally, so the analytics take whatever those engines produce without
 * depending on them.
 */

/** Development stages 外围 → 潜在 → 真实 → 忠诚, in ladder order. */
export const ANALYTICS_STAGES = ['peripheral', 'potential', 'real', 'loyal'] as const;
export type AnalyticsStage = (typeof ANALYTICS_STAGES)[number];

/** Lifecycle phases 考察期 → 形成期 → 稳定期 → 退化期. */
export const ANALYTICS_PHASES = ['exploration', 'formation', 'stability', 'decline'] as const;
export type AnalyticsPhase = (typeof ANALYTICS_PHASES)[number];

/** One stay in a stage: from `enteredOn` (included) to `leftOn` (excluded; absent while still in it). */
export interface StageSpan {
  stage: AnalyticsStage;
  enteredOn: string;
  leftOn?: string;
}

/** A customer's stage history, oldest first, and current lifecycle phase (absent before any deal). */
export interface CustomerStanding {
  customerId: string;
  stageHistory: readonly StageSpan[];
  phase?: AnalyticsPhase;
}
