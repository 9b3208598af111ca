import type { AnalyticsResult } from '../../../../shared/analytics';
import { ChurnChart } from './charts/ChurnChart';
import { CohortHeatmap } from './charts/CohortHeatmap';
import type { OnDrill } from './charts/Drill';
import { FourRatesFunnel } from './charts/FourRatesFunnel';
import { PhaseCountsChart } from './charts/PhaseCountsChart';
import { ProfitPareto } from './charts/ProfitPareto';
import { RepeatPurchaseTrend } from './charts/RepeatPurchaseTrend';
import { RetentionCurves } from './charts/RetentionCurves';
import { RfmSegmentsChart } from './charts/RfmSegmentsChart';
import { ReturnWithin } from './charts/ReturnWithin';
import { StageDistributionChart } from './charts/StageDistributionChart';
import { StageFlowsChart } from './charts/StageFlowsChart';
import { TopCustomersTable } from './charts/TopCustomersTable';

export interface AnalyticsChartsProps {
  result: AnalyticsResult;
  nameOf: (id: string) => string;
  onDrill: OnDrill;
}

/** Every chart of the analytics page, funnel first, in a grid of equal cards. */
export function AnalyticsCharts({ result, nameOf, onDrill }: AnalyticsChartsProps) {
  return (
    <div className="sd-analytics__grid">
      <FourRatesFunnel rates={result.fourRates} onDrill={onDrill} />
      <RepeatPurchaseTrend repeat={result.repeatPurchase} onDrill={onDrill} />
      <ReturnWithin repeat={result.repeatPurchase} onDrill={onDrill} />
      <CohortHeatmap retention={result.retention} onDrill={onDrill} />
      <RetentionCurves retention={result.retention} />
      <ChurnChart churn={result.churn} onDrill={onDrill} />
      <StageDistributionChart stages={result.stages} onDrill={onDrill} />
      <StageFlowsChart stages={result.stages} onDrill={onDrill} />
      <PhaseCountsChart phases={result.phases} onDrill={onDrill} />
      <ProfitPareto pareto={result.pareto} nameOf={nameOf} />
      <RfmSegmentsChart rfm={result.rfm} onDrill={onDrill} />
      <div className="sd-analytics__wide">
        <TopCustomersTable value={result.value} rfm={result.rfm} nameOf={nameOf} />
      </div>
    </div>
  );
}
