import { useTranslation } from 'react-i18next';
import type { StageDistribution, StageFlow } from '../../../../../shared/analytics';
import { STAGE_LABELS } from '../../../../../shared/customers';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { useAnalyticsText } from '../useAnalyticsText';
import { SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { DrillBarChart } from './DrillBarChart';
import { MetricChartFrame } from './MetricChartFrame';

/** Moves between development stages in the period, largest first; a bar lists the customers who moved. */
export function StageFlowsChart({ stages, onDrill }: { stages: StageDistribution | null; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const flows = stages?.flows ?? [];
  const fromName = (flow: StageFlow) => (flow.from === null ? t('analytics.flows.newEntry') : text.label(STAGE_LABELS[flow.from]));
  const moveName = (flow: StageFlow) => `${fromName(flow)} → ${text.label(STAGE_LABELS[flow.to])}`;
  const series = t('analytics.flows.series');
  const data = flows.map((flow) => ({ move: moveName(flow), [series]: flow.count }));
  const table: DataTable = {
    columns: [t('analytics.columns.fromStage'), t('analytics.columns.toStage'), t('analytics.columns.customers')],
    rows: flows.map((flow) => [fromName(flow), text.label(STAGE_LABELS[flow.to]), flow.count]),
  };
  const drill = (index: number) => {
    const flow = flows[index]!;
    onDrill({ title: t('analytics.flows.drill', { move: moveName(flow) }), target: { kind: 'stageFlow', from: flow.from, to: flow.to } });
  };
  return (
    <MetricChartFrame metric="stageFlows" unit={t('analytics.units.customers')} table={table} fileName="stage-movements" empty={flows.length === 0 ? t('analytics.flows.empty') : null} testId="chart-stage-flows">
      <DrillBarChart data={data} categoryKey="move" valueKey={series} scale="count" fill={SERIES_COLOURS[4]} labelKey={series} bars={{ categoryWidth: 150, labelWidth: 40 }} onDrill={drill} />
    </MetricChartFrame>
  );
}
