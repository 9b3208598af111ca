import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortRetention } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { useAnalyticsText } from '../useAnalyticsText';
import type { OnDrill } from './Drill';
import { formatPercent, percentValue } from './percent';
import { MetricChartFrame } from './MetricChartFrame';

const LABEL_WIDTH = 64;
const SIZE_WIDTH = 40;
const CELL_WIDTH = 36;
const CELL_HEIGHT = 24;
const HEADER_HEIGHT = 22;
const GAP = 2;
const LEGEND_HEIGHT = 30;
/** The rates the legend shows a swatch for, each in a slot this wide, then the "not reached" entry. */
const LEGEND_RATES = [0, 0.25, 0.5, 0.75, 1];
const LEGEND_SLOT = 56;
const UNREACHED_ENTRY_WIDTH = 190;
const LEGEND_WIDTH = LABEL_WIDTH + LEGEND_RATES.length * LEGEND_SLOT + UNREACHED_ENTRY_WIDTH;

/** Cohort retention as a triangle: one row per first-deal month, one column per month after it. */
export function CohortHeatmap({ retention, onDrill }: { retention: CohortRetention; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name } = text.metric('cohortRetention');
  const width = retention.cohorts.length;
  const table: DataTable = {
    columns: [t('analytics.columns.cohort'), t('analytics.columns.size'), ...Array.from({ length: width }, (_, k) => t('analytics.columns.monthK', { k }))],
    rows: retention.cohorts.map((row) => [row.cohort, row.size, ...row.rates.map(percentValue)]),
  };
  const empty = retention.cohorts.every((row) => row.size === 0) ? t('analytics.cohort.empty') : null;
  // Wide enough for the legend too when the period has few months.
  const svgWidth = Math.max(LABEL_WIDTH + SIZE_WIDTH + width * CELL_WIDTH, LEGEND_WIDTH);
  const tableHeight = HEADER_HEIGHT + retention.cohorts.length * CELL_HEIGHT;
  const svgHeight = tableHeight + LEGEND_HEIGHT;
  const drill = (cohort: string, k: number) => onDrill({ title: t('analytics.cohort.drill', { cohort, k }), target: { kind: 'cohortCell', cohort, k } });
  const onKey = (cohort: string, k: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    drill(cohort, k);
  };

  return (
    <MetricChartFrame metric="cohortRetention" unit={t('analytics.units.cohort')} table={table} fileName="cohort-retention" empty={empty} testId="chart-cohort-retention">
      <svg data-chart width={svgWidth} height={svgHeight} role="group" aria-label={name} fontSize={11}>
        <text x={0} y={14} fill="#5d6b7c">
          {t('analytics.cohort.headCohort')}
        </text>
        <text x={LABEL_WIDTH} y={14} fill="#5d6b7c">
          {t('analytics.cohort.headSize')}
        </text>
        {Array.from({ length: width }, (_, k) => (
          <text key={k} x={LABEL_WIDTH + SIZE_WIDTH + k * CELL_WIDTH + CELL_WIDTH / 2} y={14} textAnchor="middle" fill="#5d6b7c">
            {`+${k}`}
          </text>
        ))}
        {retention.cohorts.map((row, r) => {
          const y = HEADER_HEIGHT + r * CELL_HEIGHT;
          return (
            <g key={row.cohort}>
              <text x={0} y={y + 16} fill="#1b2430">
                {row.cohort}
              </text>
              <text x={LABEL_WIDTH} y={y + 16} fill="#1b2430">
                {row.size}
              </text>
              {row.retained.map((count, k) => {
                // A month not reached yet stays empty: no cell at all, so it never reads as 0%.
                if (count === null) return null;
                const rate = row.rates[k] ?? null;
                const x = LABEL_WIDTH + SIZE_WIDTH + k * CELL_WIDTH;
                const label = t('analytics.cohort.cell', { cohort: row.cohort, k, count, size: row.size, rate: formatPercent(rate) });
                return (
                  <g
                    key={k}
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    data-testid="cohort-cell"
                    className="sd-analytics__cell"
                    onClick={() => drill(row.cohort, k)}
                    onKeyDown={onKey(row.cohort, k)}
                  >
                    <title>{label}</title>
                    <rect x={x} y={y} width={CELL_WIDTH - GAP} height={CELL_HEIGHT - GAP} fill={cellColour(rate)} rx={2} />
                    <text x={x + (CELL_WIDTH - GAP) / 2} y={y + 15} textAnchor="middle" fill={rate !== null && rate > 0.5 ? '#ffffff' : '#1b2430'}>
                      {rate === null ? '' : Math.round(rate * 100)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <g aria-hidden="true" transform={`translate(0, ${tableHeight + 10})`}>
          <text x={0} y={13} fill="#5d6b7c">
            {t('analytics.cohort.legend')}
          </text>
          {LEGEND_RATES.map((rate, i) => (
            <g key={rate} transform={`translate(${LABEL_WIDTH + i * LEGEND_SLOT}, 0)`}>
              <rect width={16} height={16} rx={2} fill={cellColour(rate)} />
              <text x={20} y={13} fill="#1b2430">{`${rate * 100}%`}</text>
            </g>
          ))}
          <g transform={`translate(${LABEL_WIDTH + LEGEND_RATES.length * LEGEND_SLOT}, 0)`}>
            <rect width={16} height={16} rx={2} fill="none" stroke="#b9c2ce" strokeDasharray="3 2" />
            <text x={20} y={13} fill="#1b2430">
              {t('analytics.cohort.legendUnreached')}
            </text>
          </g>
        </g>
      </svg>
    </MetricChartFrame>
  );
}

/** Darker blue for higher retention; a reached cell of an empty cohort in grey. */
function cellColour(rate: number | null): string {
  if (rate === null) return '#edf0f4';
  const alpha = 0.08 + 0.92 * rate;
  return `rgba(47, 111, 219, ${alpha.toFixed(2)})`;
}
