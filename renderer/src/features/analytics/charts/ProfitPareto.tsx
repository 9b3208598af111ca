import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Pareto } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { formatFen } from '../../../../../shared/money/fen';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS } from './chartLook';
import { percentValue } from './percent';
import { yuanForPlot, yuanText } from './yuan';
import { MetricChartFrame } from './MetricChartFrame';

/** Bars past this many customers would be slivers; the export has every customer. */
const PLOTTED_CUSTOMERS = 30;

/** Customers by profit in the period, most first, with the running share of the total profit. */
export function ProfitPareto({ pareto, nameOf }: { pareto: Pareto; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const profit = t('analytics.pareto.profit');
  const share = t('analytics.pareto.cumulativeShare');
  const data = pareto.rows.slice(0, PLOTTED_CUSTOMERS).map((row, i) => ({
    rank: i + 1,
    customer: nameOf(row.customerId),
    [profit]: yuanForPlot(row.profitFen),
    [share]: percentValue(row.cumulativeShare),
  }));
  const table: DataTable = {
    columns: [t('analytics.columns.rank'), t('analytics.columns.customer'), t('analytics.columns.profitYuan'), t('analytics.columns.cumulativeYuan'), t('analytics.columns.cumulativePercent')],
    rows: pareto.rows.map((row, i) => [i + 1, nameOf(row.customerId), yuanText(row.profitFen), yuanText(row.cumulativeFen), percentValue(row.cumulativeShare)]),
  };
  return (
    <MetricChartFrame metric="profitPareto" unit={t('analytics.units.pareto')} table={table} fileName="profit-pareto" empty={pareto.rows.length === 0 ? t('analytics.pareto.empty') : null} testId="chart-profit-pareto">
      <p className="sd-analytics__note" data-testid="pareto-summary">
        {pareto.customersFor80 === null
          ? t('analytics.pareto.summaryNone', { total: formatFen(pareto.totalProfitFen) })
          : t('analytics.pareto.summary', { customers: pareto.customersFor80, of: pareto.rows.length, total: formatFen(pareto.totalProfitFen) })}
      </p>
      <ComposedChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#eef1f5" vertical={false} />
        <XAxis dataKey="rank" tick={AXIS_TICK} />
        <YAxis yAxisId="profit" tick={AXIS_TICK} width={64} />
        <YAxis yAxisId="share" orientation="right" domain={[0, 100]} unit="%" tick={AXIS_TICK} width={44} />
        <Tooltip labelFormatter={(_, payload) => String(payload?.[0]?.payload?.customer ?? '')} />
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
        <Bar yAxisId="profit" dataKey={profit} fill={SERIES_COLOURS[0]} isAnimationActive={false} />
        <Line yAxisId="share" dataKey={share} stroke={SERIES_COLOURS[2]} strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </MetricChartFrame>
  );
}
