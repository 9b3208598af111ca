import { useTranslation } from 'react-i18next';
import type { RepeatPurchase } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { useAnalyticsText } from '../useAnalyticsText';
import { SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { DrillBarChart } from './DrillBarChart';
import { percentValue } from './percent';
import { MetricChartFrame } from './MetricChartFrame';

/** The repeat purchase rate of each month; a bar lists the customers with two deals or more that month. */
export function RepeatPurchaseTrend({ repeat, onDrill }: { repeat: RepeatPurchase; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
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
  const empty = repeat.byMonth.every(({ rate }) => rate.denominator === 0) ? t('analytics.repeat.empty') : null;
  return (
    <MetricChartFrame metric="repeatPurchaseTrend" unit={t('analytics.units.percent')} table={table} fileName="repeat-purchase-by-month" empty={empty} testId="chart-repeat-trend">
      <DrillBarChart data={data} categoryKey="month" valueKey={rateName} scale="percent" fill={SERIES_COLOURS[0]} onDrill={drill} />
    </MetricChartFrame>
  );
}
