import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { StageDistribution, StageFlow } from '../../../../../shared/analytics';
import { STAGE_LABELS } from '../../../../../shared/customers';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { useAnalyticsText } from '../useAnalyticsText';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { useKeyboardDrill } from './useKeyboardDrill';

/** Moves between development stages in the period, largest first; a bar lists the customers who moved. */
export function StageFlowsChart({ stages, onDrill }: { stages: StageDistribution | null; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name, definition } = text.metric('stageFlows');
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
  const keyboard = useKeyboardDrill(data.map((row) => row.move), drill);
  return (
    <ChartFrame
      title={name}
      unit={t('analytics.units.customers')}
      definition={definition}
      table={table}
      fileName="stage-movements"
      empty={flows.length === 0 ? { title: t('analytics.flows.empty'), hint: t('analytics.emptyHint') } : null}
      labels={text.frame}
      testId="chart-stage-flows"
    >
      <div onKeyDown={keyboard.onKeyDown}>
        <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} layout="vertical" margin={{ top: 8, right: 40, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#eef1f5" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
          <YAxis type="category" dataKey="move" tick={AXIS_TICK} width={150} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar
            dataKey={series}
            fill={SERIES_COLOURS[4]}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => drill(index)}
          >
            <LabelList dataKey={series} position="right" fontSize={11} fill="#1b2430" />
          </Bar>
          {keyboard.tracker}
        </BarChart>
      </div>
    </ChartFrame>
  );
}
