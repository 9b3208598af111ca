import { useTranslation } from 'react-i18next';
import { Cell } from 'recharts';
import { ANALYTICS_PHASES, type PhaseCounts } from '../../../../../shared/analytics';
import { PHASE_LABELS } from '../../../../../shared/customers';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { useAnalyticsText } from '../useAnalyticsText';
import { PHASE_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { DrillBarChart } from './DrillBarChart';
import { MetricChartFrame } from './MetricChartFrame';

/** Customers by current lifecycle phase; a bar lists the customers in that phase. */
export function PhaseCountsChart({ phases, onDrill }: { phases: PhaseCounts | null; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const series = t('analytics.phases.series');
  const data = ANALYTICS_PHASES.map((phase) => ({ phase: text.label(PHASE_LABELS[phase]), [series]: phases?.[phase] ?? 0 }));
  const table: DataTable = {
    columns: [t('analytics.columns.phase'), t('analytics.columns.customers')],
    rows: ANALYTICS_PHASES.map((phase) => [text.label(PHASE_LABELS[phase]), phases?.[phase] ?? 0]),
  };
  const empty = ANALYTICS_PHASES.every((phase) => !phases?.[phase]) ? t('analytics.phases.empty') : null;
  const drill = (index: number) => {
    const phase = ANALYTICS_PHASES[index]!;
    onDrill({ title: t('analytics.phases.drill', { phase: text.label(PHASE_LABELS[phase]) }), target: { kind: 'phase', phase } });
  };
  return (
    <MetricChartFrame metric="phaseCounts" unit={t('analytics.units.customers')} table={table} fileName="lifecycle-phases" empty={empty} testId="chart-phase-counts">
      <DrillBarChart data={data} categoryKey="phase" valueKey={series} scale="count" fill="#5d6b7c" labelKey={series} onDrill={drill}>
        {ANALYTICS_PHASES.map((phase) => (
          <Cell key={phase} fill={PHASE_COLOURS[phase]} />
        ))}
      </DrillBarChart>
    </MetricChartFrame>
  );
}
