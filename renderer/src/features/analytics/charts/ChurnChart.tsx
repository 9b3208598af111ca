import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Churn } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { useAnalyticsText } from '../useAnalyticsText';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { useKeyboardDrill } from './useKeyboardDrill';
import { formatPercent, percentValue } from './percent';

/** Position of the churned customers' bar. */
const CHURNED_BAR = 2;

/** Active customers of the previous period: how many stayed and how many were lost; the lost bar lists them. */
export function ChurnChart({ churn, onDrill }: { churn: Churn; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name, definition } = text.metric('churnRate');
  const previous = `${churn.previousPeriod.from} – ${churn.previousPeriod.to}`;
  const series = t('analytics.churn.series');
  const churned = churn.churnedCustomerIds.length;
  const data = [
    { bar: t('analytics.churn.previousActive', { period: previous }), [series]: churn.previousActive },
    { bar: t('analytics.churn.kept'), [series]: churn.kept },
    { bar: t('analytics.churn.churned'), [series]: churned },
  ];
  const table: DataTable = {
    columns: [t('analytics.columns.previousPeriod'), t('analytics.columns.previousActive'), t('analytics.columns.kept'), t('analytics.columns.churned'), t('analytics.columns.ratePercent')],
    rows: [[previous, churn.previousActive, churn.kept, churned, percentValue(churn.rate.rate)]],
  };
  /** Only the churned bar has customers to list that the figure does not already name. */
  const drill = (index: number) => {
    if (index === CHURNED_BAR) onDrill({ title: t('analytics.churn.drill'), target: { kind: 'churned' } });
  };
  const keyboard = useKeyboardDrill(data.map((row) => row.bar), drill);
  return (
    <ChartFrame
      title={name}
      unit={t('analytics.units.customers')}
      definition={definition}
      table={table}
      fileName="churn"
      empty={churn.previousActive === 0 ? { title: t('analytics.churn.empty', { period: previous }), hint: t('analytics.emptyHint') } : null}
      labels={text.frame}
      testId="chart-churn"
    >
      <p className="sd-analytics__note" data-testid="churn-rate">
        {t('analytics.churn.summary', { rate: formatPercent(churn.rate.rate), churned, previous: churn.previousActive })}
      </p>
      <div onKeyDown={keyboard.onKeyDown}>
        <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eef1f5" vertical={false} />
          <XAxis dataKey="bar" tick={AXIS_TICK} />
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
            <Cell fill={SERIES_COLOURS[7]} />
            <Cell fill={SERIES_COLOURS[1]} />
            <Cell fill={SERIES_COLOURS[3]} />
            <LabelList dataKey={series} position="top" fontSize={11} fill="#1b2430" />
          </Bar>
          {keyboard.tracker}
        </BarChart>
      </div>
    </ChartFrame>
  );
}
