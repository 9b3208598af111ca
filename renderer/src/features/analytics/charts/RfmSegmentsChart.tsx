import { useTranslation } from 'react-i18next';
import { RFM_SEGMENT_NAMES, RFM_SEGMENTS, type Rfm } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { useAnalyticsText } from '../useAnalyticsText';
import { SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { DrillBarChart } from './DrillBarChart';
import { MetricChartFrame } from './MetricChartFrame';

/** Customers of the period by RFM segment; a bar lists the customers of its segment. */
export function RfmSegmentsChart({ rfm, onDrill }: { rfm: Rfm; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const series = t('analytics.rfm.series');
  const segmentName = (segment: (typeof RFM_SEGMENTS)[number]) => text.bilingual(RFM_SEGMENT_NAMES[segment]);
  const data = RFM_SEGMENTS.map((segment) => ({ segment: segmentName(segment), [series]: rfm.segments[segment] }));
  const table: DataTable = {
    columns: [t('analytics.columns.rfmSegment'), t('analytics.columns.customers')],
    rows: RFM_SEGMENTS.map((segment) => [segmentName(segment), rfm.segments[segment]]),
  };
  const drill = (index: number) => {
    const segment = RFM_SEGMENTS[index]!;
    onDrill({ title: t('analytics.rfm.drill', { segment: segmentName(segment) }), target: { kind: 'rfmSegment', segment } });
  };
  return (
    <MetricChartFrame metric="rfm" unit={t('analytics.units.customers')} table={table} fileName="rfm-segments" empty={rfm.customers.length === 0 ? t('analytics.rfm.empty') : null} testId="chart-rfm-segments">
      <DrillBarChart data={data} categoryKey="segment" valueKey={series} scale="count" fill={SERIES_COLOURS[5]} labelKey={series} bars={{ categoryWidth: 170, labelWidth: 40 }} onDrill={drill} />
    </MetricChartFrame>
  );
}
