import type { AnalyticsBook } from './book';
import { churn, type Churn } from './churn';
import { cohortRetention, type CohortRetention } from './cohortRetention';
import { customerValue, type CustomerValue } from './customerValue';
import type { AnalyticsFilter } from './filter';
import { asIndexedBook, type IndexedAnalyticsBook } from './indexedBook';
import { fourRates, type FourRates } from './fourRates';
import { profitPareto, type Pareto } from './pareto';
import { phaseCounts, type PhaseCounts } from './phaseCounts';
import { prepareBook } from './prepare';
import { repeatPurchase, type RepeatPurchase } from './repeatPurchase';
import { rfm, type Rfm } from './rfm';
import { stageDistribution, type StageDistribution } from './stageDistribution';
import { periodLabels, type PeriodLabels } from './window';

/** Every metric of the analytics page, as plain data (structured-clone friendly, for a Web Worker). */
export interface AnalyticsResult {
  period: PeriodLabels;
  /** Customers the filter kept: the known market participants of the selection. */
  customerCount: number;
  repeatPurchase: RepeatPurchase;
  retention: CohortRetention;
  fourRates: FourRates;
  churn: Churn;
  /** `null` when the book carries no standings. */
  stages: StageDistribution | null;
  phases: PhaseCounts | null;
  value: CustomerValue;
  rfm: Rfm;
  pareto: Pareto;
}

/**
 * All analytics of the book under one filter, as of `today` (`YYYY-MM-DD`, market time). The book
 * is filtered and grouped by customer once; each metric then reads the grouped arrays. Give it the
 * book indexed once (`indexAnalyticsBook`) when it answers more than one filter.
 */
export function computeAnalytics(source: AnalyticsBook | IndexedAnalyticsBook, filter: AnalyticsFilter, today: string): AnalyticsResult {
  const indexed = asIndexedBook(source);
  const prepared = prepareBook(indexed, filter, today);
  const { standings } = indexed.book;
  return {
    period: periodLabels(prepared.window),
    customerCount: prepared.customers.length,
    repeatPurchase: repeatPurchase(prepared),
    retention: cohortRetention(prepared),
    fourRates: fourRates(prepared),
    churn: churn(prepared),
    stages: standings ? stageDistribution(prepared, standings) : null,
    phases: standings ? phaseCounts(prepared, standings) : null,
    value: customerValue(prepared),
    rfm: rfm(prepared),
    pareto: profitPareto(prepared),
  };
}
