import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { CohortRetention } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS } from './chartLook';
import { percentValue } from './percent';
import { MetricChartFrame } from './MetricChartFrame';

/** Retention by month after the first deal: all cohorts weighted by size (bold), and each cohort. */
export function RetentionCurves({ retention }: { retention: CohortRetention }) {
  const { t } = useTranslation();
  const cohorts = retention.cohorts.filter((row) => row.size > 0);
  const overall = t('analytics.retention.overall');
  const data = retention.curve.map((point) => ({
    k: `+${point.k}`,
    [overall]: percentValue(point.rate.rate),
    ...Object.fromEntries(cohorts.map((row) => [row.cohort, percentValue(row.rates[point.k] ?? null)])),
  }));
  const table: DataTable = {
    columns: [t('analytics.columns.monthAfter'), t('analytics.columns.overallPercent'), t('analytics.columns.cohortsReached'), ...cohorts.map((row) => row.cohort)],
    rows: retention.curve.map((point) => [point.k, percentValue(point.rate.rate), point.cohorts, ...cohorts.map((row) => percentValue(row.rates[point.k] ?? null))]),
  };
  const empty = cohorts.length === 0 ? t('analytics.cohort.empty') : null;
  return (
    <MetricChartFrame metric="retentionCurve" unit={t('analytics.units.percent')} table={table} fileName="retention-curves" empty={empty} testId="chart-retention-curves">
      <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#eef1f5" />
        <XAxis dataKey="k" tick={AXIS_TICK} />
        <YAxis domain={[0, 100]} unit="%" tick={AXIS_TICK} width={48} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
        <Line dataKey={overall} stroke="#1b2430" strokeWidth={3} dot={false} isAnimationActive={false} />
        {cohorts.map((row, i) => (
          <Line
            key={row.cohort}
            dataKey={row.cohort}
            stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
            strokeWidth={1}
            strokeOpacity={0.7}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </MetricChartFrame>
  );
}
