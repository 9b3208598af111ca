import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { RepeatPurchase } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { useAnalyticsText } from '../useAnalyticsText';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { percentValue } from './percent';
import { useKeyboardDrill } from './useKeyboardDrill';

/** The repeat purchase rate of each month; a bar lists the customers with two deals or more that month. */
export function RepeatPurchaseTrend({ repeat, onDrill }: { repeat: RepeatPurchase; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name, definition } = text.metric('repeatPurchaseTrend');
  const rateName = text.metric('repeatPurchaseRate').name;
  const data = repeat.byMonth.map(({ month, rate }) => ({ month, [rateName]: percentValue(rate.rate) }));
  const table: DataTable = {
    columns: [t('analytics.columns.month'), t('analytics.columns.activeCustomers'), t('analytics.columns.repeatCustomers'), t('analytics.columns.ratePercent')],
    rows: repeat.byMonth.map(({ month, rate }) => [month, rate.denominator, rate.numerator, percentValue(rate.rate)]),
  };
  const drill = (index: number) => {
    const month = repeat.byMonth[index]!.month;
    onDrill({ title: t('analytics.repeat.drill', { month }), target: { kind: 'repeatMonth', month } });
  };
  const keyboard = useKeyboardDrill(data.map((row) => row.month), drill);
  const empty = repeat.byMonth.every(({ rate }) => rate.denominator === 0) ? { title: t('analytics.repeat.empty'), hint: t('analytics.emptyHint') } : null;
  return (
    <ChartFrame
      title={name}
      unit={t('analytics.units.percent')}
      definition={definition}
      table={table}
      fileName="repeat-purchase-by-month"
      empty={empty}
      labels={text.frame}
      testId="chart-repeat-trend"
    >
      <div onKeyDown={keyboard.onKeyDown}>
        <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eef1f5" vertical={false} />
          <XAxis dataKey="month" tick={AXIS_TICK} />
          <YAxis domain={[0, 100]} unit="%" tick={AXIS_TICK} width={48} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar
            dataKey={rateName}
            fill={SERIES_COLOURS[0]}
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
