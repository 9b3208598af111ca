import { useTranslation } from 'react-i18next';
import { Cell } from 'recharts';
import type { Churn } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { DrillBarChart } from './DrillBarChart';
import { formatPercent, percentValue } from './percent';
import { MetricChartFrame } from './MetricChartFrame';

/** Position of the churned customers' bar. */
const CHURNED_BAR = 2;

/** Active customers of the previous period: how many stayed and how many were lost; the lost bar lists them. */
export function ChurnChart({ churn, onDrill }: { churn: Churn; onDrill: OnDrill }) {
  const { t } = useTranslation();
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
  return (
    <MetricChartFrame metric="churnRate" unit={t('analytics.units.customers')} table={table} fileName="churn" empty={churn.previousActive === 0 ? t('analytics.churn.empty', { period: previous }) : null} testId="chart-churn">
      <p className="sd-analytics__note" data-testid="churn-rate">
        {t('analytics.churn.summary', { rate: formatPercent(churn.rate.rate), churned, previous: churn.previousActive })}
      </p>
      <DrillBarChart data={data} categoryKey="bar" valueKey={series} scale="count" fill="#5d6b7c" labelKey={series} onDrill={drill}>
        <Cell fill={SERIES_COLOURS[7]} />
        <Cell fill={SERIES_COLOURS[1]} />
        <Cell fill={SERIES_COLOURS[3]} />
      </DrillBarChart>
    </MetricChartFrame>
  );
}
