import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { RepeatPurchase } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { useAnalyticsText } from '../useAnalyticsText';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { useKeyboardDrill } from './useKeyboardDrill';
import { percentValue } from './percent';

/** The share of new customers buying again within 30, 60 and 90 days; a bar lists those who did. */
export function ReturnWithin({ repeat, onDrill }: { repeat: RepeatPurchase; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name, definition } = text.metric('returnWithin');
  const series = t('analytics.returnWithin.series', { customers: repeat.newCustomers });
  const data = repeat.returnWithin.map(({ days, rate }) => ({ days: t('analytics.returnWithin.days', { days }), [series]: percentValue(rate.rate) }));
  const table: DataTable = {
    columns: [t('analytics.columns.days'), t('analytics.columns.eligible'), t('analytics.columns.returned'), t('analytics.columns.ratePercent')],
    rows: repeat.returnWithin.map(({ days, rate }) => [days, rate.denominator, rate.numerator, percentValue(rate.rate)]),
  };
  const empty = repeat.newCustomers === 0 ? { title: t('analytics.returnWithin.empty'), hint: t('analytics.emptyHint') } : null;
  const drill = (index: number) => {
    const days = repeat.returnWithin[index]!.days;
    onDrill({ title: t('analytics.returnWithin.drill', { days }), target: { kind: 'returnWithin', days } });
  };
  const keyboard = useKeyboardDrill(data.map((row) => row.days), drill);
  return (
    <ChartFrame
      title={name}
      unit={t('analytics.units.percent')}
      definition={definition}
      table={table}
      fileName="return-within-days"
      empty={empty}
      labels={text.frame}
      testId="chart-return-within"
    >
      <div onKeyDown={keyboard.onKeyDown}>
        <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eef1f5" vertical={false} />
          <XAxis dataKey="days" tick={AXIS_TICK} />
          <YAxis domain={[0, 100]} unit="%" tick={AXIS_TICK} width={48} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar
            dataKey={series}
            fill={SERIES_COLOURS[1]}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => drill(index)}
          />
          {keyboard.tracker}
        </BarChart>
      </div>
    </ChartFrame>
  );
}
