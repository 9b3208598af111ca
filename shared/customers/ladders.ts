/** Development stages 外围 → 潜在 → 真实 → 忠诚, in ladder order. */
export const DEVELOPMENT_STAGES = ['peripheral', 'potential', 'real', 'loyal'] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

/** Relationship lifecycle phases 考察期 → 形成期 → 稳定期 → 退化期. */
export const LIFECYCLE_PHASES = ['exploration', 'formation', 'stability', 'decline'] as const;
export type LifecyclePhase = (typeof LIFECYCLE_PHASES)[number];

/** Customer grades 普通 → 银牌 → 金牌 → 钻石, lowest first. */
export const GRADE_CODES = ['standard', 'silver', 'gold', 'diamond'] as const;
export type GradeCode = (typeof GRADE_CODES)[number];

/** The grades above the entry grade: the ones with a threshold to earn. */
export type EarnedGradeCode = Exclude<GradeCode, 'standard'>;

/**
 * The matching priority a grade gives when supply is short (商机分配): a higher number is served
 * first. This is the rank `allocate` in the domain core reads from its context.
 */
export function gradePriority(grade: GradeCode): number {
  return GRADE_CODES.indexOf(grade);
}
