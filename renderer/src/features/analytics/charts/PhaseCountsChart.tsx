import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ANALYTICS_PHASES, type PhaseCounts } from '../../../../../shared/analytics';
import { PHASE_LABELS } from '../../../../../shared/customers';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { useAnalyticsText } from '../useAnalyticsText';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, PHASE_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { useKeyboardDrill } from './useKeyboardDrill';

/** Customers by current lifecycle phase; a bar lists the customers in that phase. */
export function PhaseCountsChart({ phases, onDrill }: { phases: PhaseCounts | null; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name, definition } = text.metric('phaseCounts');
  const series = t('analytics.phases.series');
  const data = ANALYTICS_PHASES.map((phase) => ({ phase: text.label(PHASE_LABELS[phase]), [series]: phases?.[phase] ?? 0 }));
  const table: DataTable = {
    columns: [t('analytics.columns.phase'), t('analytics.columns.customers')],
    rows: ANALYTICS_PHASES.map((phase) => [text.label(PHASE_LABELS[phase]), phases?.[phase] ?? 0]),
  };
  const empty = ANALYTICS_PHASES.every((phase) => !phases?.[phase]) ? { title: t('analytics.phases.empty'), hint: t('analytics.emptyHint') } : null;
  const drill = (index: number) => {
    const phase = ANALYTICS_PHASES[index]!;
    onDrill({ title: t('analytics.phases.drill', { phase: text.label(PHASE_LABELS[phase]) }), target: { kind: 'phase', phase } });
  };
  const keyboard = useKeyboardDrill(data.map((row) => row.phase), drill);
  return (
    <ChartFrame
      title={name}
      unit={t('analytics.units.customers')}
      definition={definition}
      table={table}
      fileName="lifecycle-phases"
      empty={empty}
      labels={text.frame}
      testId="chart-phase-counts"
    >
      <div onKeyDown={keyboard.onKeyDown}>
        <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eef1f5" vertical={false} />
          <XAxis dataKey="phase" tick={AXIS_TICK} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} width={48} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar
            dataKey={series}
            fill="#5d6b7c"
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => drill(index)}
          >
            {ANALYTICS_PHASES.map((phase) => (
              <Cell key={phase} fill={PHASE_COLOURS[phase]} />
            ))}
            <LabelList dataKey={series} position="top" fontSize={11} fill="#1b2430" />
          </Bar>
          {keyboard.tracker}
        </BarChart>
      </div>
    </ChartFrame>
  );
}
