import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { RFM_SEGMENT_NAMES, RFM_SEGMENTS, type Rfm } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { useAnalyticsText } from '../useAnalyticsText';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { useKeyboardDrill } from './useKeyboardDrill';

/** Customers of the period by RFM segment; a bar lists the customers of its segment. */
export function RfmSegmentsChart({ rfm, onDrill }: { rfm: Rfm; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name, definition } = text.metric('rfm');
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
  const keyboard = useKeyboardDrill(data.map((row) => row.segment), drill);
  return (
    <ChartFrame
      title={name}
      unit={t('analytics.units.customers')}
      definition={definition}
      table={table}
      fileName="rfm-segments"
      empty={rfm.customers.length === 0 ? { title: t('analytics.rfm.empty'), hint: t('analytics.emptyHint') } : null}
      labels={text.frame}
      testId="chart-rfm-segments"
    >
      <div onKeyDown={keyboard.onKeyDown}>
        <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} layout="vertical" margin={{ top: 8, right: 40, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#eef1f5" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
          <YAxis type="category" dataKey="segment" tick={AXIS_TICK} width={170} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar
            dataKey={series}
            fill={SERIES_COLOURS[5]}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(_, index) => drill(index)}
          >
            <LabelList dataKey={series} position="right" fontSize={11} fill="#1b2430" />
          </Bar>
          {keyboard.tracker}
        </BarChart>
      </div>
    </ChartFrame>
  );
}
