import type { Language } from '../settings/settings';
import type { DevelopmentStage, GradeCode, LifecyclePhase } from './ladders';

/** A name in each UI language. */
export type Labels = Readonly<Record<Language, string>>;

/** Names of the development stages, as brokers say them. */
export const STAGE_LABELS: Readonly<Record<DevelopmentStage, Labels>> = {
  peripheral: { 'zh-CN': '外围客户', en: 'Peripheral' },
  potential: { 'zh-CN': '潜在客户', en: 'Potential' },
  real: { 'zh-CN': '真实客户', en: 'Real' },
  loyal: { 'zh-CN': '忠诚客户', en: 'Loyal' },
};

/** Names of the lifecycle phases. */
export const PHASE_LABELS: Readonly<Record<LifecyclePhase, Labels>> = {
  exploration: { 'zh-CN': '考察期', en: 'Exploration' },
  formation: { 'zh-CN': '形成期', en: 'Formation' },
  stability: { 'zh-CN': '稳定期', en: 'Stability' },
  decline: { 'zh-CN': '退化期', en: 'Decline' },
};

/** Names of the grades. */
export const GRADE_LABELS: Readonly<Record<GradeCode, Labels>> = {
  standard: { 'zh-CN': '普通', en: 'Standard' },
  silver: { 'zh-CN': '银牌', en: 'Silver' },
  gold: { 'zh-CN': '金牌', en: 'Gold' },
  diamond: { 'zh-CN': '钻石', en: 'Diamond' },
};
