import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_DEFINITIONS, type BilingualText, type MetricDefinition, type MetricId } from '../../../../shared/analytics';
import type { Labels } from '../../../../shared/customers';
import type { ChartFrameLabels } from '../../ui/ChartFrame';

export interface AnalyticsText {
  /** A metric's name and exact definition in the interface language. */
  metric: (id: MetricId) => { name: string; definition: string };
  /** A text from shared/ in the interface language. */
  bilingual: (text: BilingualText) => string;
  label: (labels: Labels) => string;
  frame: ChartFrameLabels;
}

/** The analytics' texts that live in shared/ (names and definitions of the metrics), in the interface language. */
export function useAnalyticsText(): AnalyticsText {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useMemo(() => {
    const bilingual = (text: BilingualText) => (english ? text.en : text.zh);
    const metric = (id: MetricId) => {
      const definition: MetricDefinition = METRIC_DEFINITIONS[id];
      return { name: bilingual(definition.name), definition: bilingual(definition.definition) };
    };
    return {
      metric,
      bilingual,
      label: (labels: Labels) => (english ? labels.en : labels['zh-CN']),
      frame: {
        definition: t('analytics.frame.definition'),
        exportGroup: t('analytics.frame.exportGroup'),
        png: t('analytics.frame.png'),
        csv: t('analytics.frame.csv'),
        xlsx: t('analytics.frame.xlsx'),
        exportFailed: (message: string) => t('analytics.frame.exportFailed', { message }),
      },
    };
  }, [english, t]);
}
