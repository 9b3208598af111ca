import type { PreparedBook } from './prepare';
import type { AnalyticsPhase, CustomerStanding } from './standing';

export type PhaseCounts = Record<AnalyticsPhase, number>;

/**
 * Lifecycle phase counts 客户生命周期分布: the selected customers by their current phase
 * (考察期 exploration, 形成期 formation, 稳定期 stability, 退化期 decline); customers without a
 * phase (no deal yet) are not counted.
 */
export function phaseCounts(book: PreparedBook, standings: readonly CustomerStanding[]): PhaseCounts {
  const counts: PhaseCounts = { exploration: 0, formation: 0, stability: 0, decline: 0 };
  for (const standing of standings) {
    if (standing.phase !== undefined && book.indexOf.has(standing.customerId)) counts[standing.phase]++;
  }
  return counts;
}
