import { useTranslation } from 'react-i18next';
import type { FourRates, FunnelStep, MetricId, Ratio } from '../../../../../shared/analytics';
import type { DataTable } from '../../../../../shared/export/dataTable';
import { ChartFrame } from '../../../ui/ChartFrame';
import { formatTonnes } from '../../../ui/format/quantities';
import { useAnalyticsText } from '../useAnalyticsText';
import { SERIES_COLOURS } from './chartLook';
import type { OnDrill } from './Drill';
import { DrillBarChart } from './DrillBarChart';
import { formatPercent, percentValue } from './percent';

const STEPS: ReadonlyArray<{ step: FunnelStep; metric: MetricId }> = [
  { step: 'coverage', metric: 'coverage' },
  { step: 'conversion', metric: 'conversion' },
  { step: 'repeatPurchase', metric: 'repeatPurchaseRate' },
  { step: 'penetration', metric: 'penetration' },
];

/** The four rates 四个率 as a funnel; a bar lists the customers of its numerator. */
export function FourRatesFunnel({ rates, onDrill }: { rates: FourRates; onDrill: OnDrill }) {
  const { t } = useTranslation();
  const text = useAnalyticsText();
  const ratioOf = (step: FunnelStep): Ratio => (step === 'penetration' ? rates.penetration.overall : rates[step]);
  const counts = (step: FunnelStep, ratio: Ratio) =>
    step === 'penetration'
      ? t('analytics.funnel.tonnes', { numerator: formatTonnes(ratio.numerator), denominator: formatTonnes(ratio.denominator) })
      : t('analytics.funnel.customers', { numerator: ratio.numerator, denominator: ratio.denominator });
  const series = t('analytics.funnel.series');
  const data = STEPS.map(({ step, metric }) => {
    const ratio = ratioOf(step);
    return { name: text.metric(metric).name, [series]: percentValue(ratio.rate), label: `${formatPercent(ratio.rate)} (${counts(step, ratio)})` };
  });
  const table: DataTable = {
    columns: [t('analytics.columns.metric'), t('analytics.columns.numerator'), t('analytics.columns.denominator'), t('analytics.columns.unit'), t('analytics.columns.ratePercent')],
    rows: STEPS.map(({ step, metric }) => {
      const ratio = ratioOf(step);
      return [text.metric(metric).name, ratio.numerator, ratio.denominator, step === 'penetration' ? 'kg' : t('analytics.funnel.customersUnit'), percentValue(ratio.rate)];
    }),
  };
  const definition = STEPS.map(({ metric }) => t('analytics.frame.definitionLine', text.metric(metric))).join('\n');
  const drill = (index: number) => {
    const { step, metric } = STEPS[index]!;
    onDrill({ title: t('analytics.funnel.drill', { metric: text.metric(metric).name }), target: { kind: 'funnel', step } });
  };
  return (
    <ChartFrame
      title={t('analytics.funnel.title')}
      unit={t('analytics.units.percent')}
      definition={definition}
      table={table}
      fileName="four-rates"
      empty={rates.coverage.denominator === 0 ? { title: t('analytics.funnel.empty'), hint: t('analytics.emptyHint') } : null}
      labels={text.frame}
      testId="chart-four-rates"
    >
      <DrillBarChart data={data} categoryKey="name" valueKey={series} scale="clippedPercent" fill={SERIES_COLOURS[0]} labelKey="label" bars={{ categoryWidth: 90, labelWidth: 150 }} onDrill={drill} />
    </ChartFrame>
  );
}
