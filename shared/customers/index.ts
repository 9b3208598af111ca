// The customer engines: development stage, lifecycle phase, grade, cross-sell hints (issue 4).
export { DEVELOPMENT_STAGES, LIFECYCLE_PHASES, GRADE_CODES, gradePriority } from './ladders';
export type { DevelopmentStage, LifecyclePhase, GradeCode, EarnedGradeCode } from './ladders';
export { DEFAULT_INSIGHT_OPTIONS, resolveInsightOptions } from './options';
export type { InsightOptions, InsightOptionsInput, LoyaltyRule, PhaseRules, GradeRules, GradePoints } from './options';
export type { CustomerBook } from './customerBook';
export type { InsightDeal } from './dealEconomics';
export { computeCustomerInsights } from './computeCustomerInsights';
export type { CustomerInsight } from './computeCustomerInsights';
export type { StageStint } from './stageHistory';
export type { PhaseReason } from './lifecyclePhase';
export type { Contribution, GradeScore } from './contribution';
export { gradeForScore, nextGradeGap } from './grade';
export type { NextGradeGap } from './grade';
export { buildCategoryAffinity, categoriesBoughtBy, crossSellHints, DEFAULT_CROSS_SELL_OPTIONS } from './crossSell';
export type { CategoryAffinity, CrossSellHint, CrossSellOptions } from './crossSell';
export { STAGE_LABELS, PHASE_LABELS, GRADE_LABELS } from './labels';
export type { Labels } from './labels';
export { formatPhaseReason, formatNextGradeGap } from './insightText';
