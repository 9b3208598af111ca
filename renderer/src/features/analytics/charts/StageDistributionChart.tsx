import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ANALYTICS_STAGES, type StageDistribution } from '../../../../../shared/analytics';
import { STAGE_LABELS } from '../../../../../shared/customers';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { useAnalyticsText } from '../useAnalyticsText';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, STAGE_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { MetricChartFrame } from './MetricChartFrame';

/** Customers by development stage at each month end, stacked; a segment lists its customers. */
export function StageDistributionChart({ stages, onDrill }: { stages: StageDistribution | null; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const byMonth = stages?.byMonth ?? [];
  const data = byMonth.map(({ month, counts }) => ({ month, ...counts }));
  const table: DataTable = {
    columns: [t('analytics.columns.month'), ...ANALYTICS_STAGES.map((stage) => text.label(STAGE_LABELS[stage]))],
    rows: byMonth.map(({ month, counts }) => [month, ...ANALYTICS_STAGES.map((stage) => counts[stage])]),
  };
  const empty = byMonth.every(({ counts }) => ANALYTICS_STAGES.every((stage) => counts[stage] === 0)) ? t('analytics.stages.empty') : null;
  return (
    <MetricChartFrame metric="stageDistribution" unit={t('analytics.units.customers')} table={table} fileName="stage-distribution" empty={empty} testId="chart-stage-distribution">
      <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#eef1f5" vertical={false} />
        <XAxis dataKey="month" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={48} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
        {ANALYTICS_STAGES.map((stage) => (
          <Bar
            key={stage}
            dataKey={stage}
            name={text.label(STAGE_LABELS[stage])}
            stackId="stages"
            fill={STAGE_COLOURS[stage]}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => {
              const month = byMonth[index]!.month;
              onDrill({ title: t('analytics.stages.drill', { month, stage: text.label(STAGE_LABELS[stage]) }), target: { kind: 'stage', month, stage } });
            }}
          />
        ))}
      </BarChart>
    </MetricChartFrame>
  );
}
