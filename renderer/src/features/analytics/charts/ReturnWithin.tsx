import { useTranslation } from 'react-i18next';
import type { RepeatPurchase } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { DrillBarChart } from './DrillBarChart';
import { percentValue } from './percent';
import { MetricChartFrame } from './MetricChartFrame';

/** The share of new customers buying again within 30, 60 and 90 days; a bar lists those who did. */
export function ReturnWithin({ repeat, onDrill }: { repeat: RepeatPurchase; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const series = t('analytics.returnWithin.series', { customers: repeat.newCustomers });
  const data = repeat.returnWithin.map(({ days, rate }) => ({ days: t('analytics.returnWithin.days', { days }), [series]: percentValue(rate.rate) }));
  const table: DataTable = {
    columns: [t('analytics.columns.days'), t('analytics.columns.eligible'), t('analytics.columns.returned'), t('analytics.columns.ratePercent')],
    rows: repeat.returnWithin.map(({ days, rate }) => [days, rate.denominator, rate.numerator, percentValue(rate.rate)]),
  };
  const empty = repeat.newCustomers === 0 ? t('analytics.returnWithin.empty') : null;
  const drill = (index: number) => {
    const days = repeat.returnWithin[index]!.days;
    onDrill({ title: t('analytics.returnWithin.drill', { days }), target: { kind: 'returnWithin', days } });
  };
  return (
    <MetricChartFrame metric="returnWithin" unit={t('analytics.units.percent')} table={table} fileName="return-within-days" empty={empty} testId="chart-return-within">
      <DrillBarChart data={data} categoryKey="days" valueKey={series} scale="percent" fill={SERIES_COLOURS[1]} onDrill={drill} />
    </MetricChartFrame>
  );
}
