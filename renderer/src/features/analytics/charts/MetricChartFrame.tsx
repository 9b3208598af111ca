import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricId } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { useAnalyticsText } from '../useAnalyticsText';

export interface MetricChartFrameProps {
  metric: MetricId;
  unit: string;
  table: DataTable;
  fileName: string;
  /** The empty state's title when there is nothing to draw (its hint is the analytics' one), else `null`. */
  empty: string | null;
  testId: string;
  children: ReactNode;
}

/** The frame of a chart of one metric, so that each takes its title and definition from the metric catalogue and the same frame words and empty hint. */
export function MetricChartFrame({ metric, unit, table, fileName, empty, testId, children }: MetricChartFrameProps) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const { name, definition } = text.metric(metric);
  return (
    <ChartFrame
      title={name}
      unit={unit}
      definition={definition}
      table={table}
      fileName={fileName}
      empty={empty === null ? null : { title: empty, hint: t('analytics.emptyHint') }}
      labels={text.frame}
      testId={testId}
    >
      {children}
    </ChartFrame>
  );
}
