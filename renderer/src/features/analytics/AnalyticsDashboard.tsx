import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter } from '../../../../shared/analytics';
import { AnalyticsCharts } from './AnalyticsCharts';
import { AnalyticsFilterBar } from './AnalyticsFilterBar';
import { AnalyticsProgress } from './AnalyticsProgress';
import type { Drill } from './charts/Drill';
import { useAnalytics } from './compute/useAnalytics';
import { DrillDownDialog } from './DrillDownDialog';
import { defaultFilterChoice, periodProblem, toAnalyticsFilter, type FilterChoice } from './filterChoice';

export interface AnalyticsDashboardProps {
  /** Market date, `YYYY-MM-DD`: the metrics are as of this day. */
  today: string;
  brokers: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * The filter bar, the progress of the computation and every chart of the book under the filter;
 * a chart mark clicked opens the list of its customers.
 */
export function AnalyticsDashboard({ today, brokers }: AnalyticsDashboardProps) {
  const { t } = useTranslation();
  const initial = useMemo(() => defaultFilterChoice(today.slice(0, 7)), [today]);
  const [choice, setChoice] = useState<FilterChoice>(initial);
  const [applied, setApplied] = useState<AnalyticsFilter>(() => toAnalyticsFilter(initial));
  const [drill, setDrill] = useState<Drill | null>(null);
  const { state, source, drillDown } = useAnalytics(applied, today);

  const change = (next: FilterChoice) => {
    setChoice(next);
    // A period being typed stays on screen with its error; the charts keep the last valid filter.
    if (periodProblem(next) === null) setApplied(toAnalyticsFilter(next));
  };
  const regions = useMemo(() => [...new Set(source?.customers.map((customer) => customer.region))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [source]);
  const nameOf = useMemo(() => {
    const names = new Map(source?.customers.map((customer) => [customer.id, customer.name]));
    return (id: string) => names.get(id) ?? id;
  }, [source]);
  const result = state.status === 'done' ? state.result : state.status === 'working' ? state.previous : null;

  return (
    <>
      <AnalyticsFilterBar choice={choice} onChange={change} onReset={() => change(initial)} brokers={brokers} regions={regions} />
      <AnalyticsProgress state={state} />
      {result && (
        <p className="sd-analytics__period" data-testid="analytics-period">
          {t('analytics.period', { from: result.period.from, to: result.period.to, asOf: result.period.asOf, customers: result.customerCount })}
        </p>
      )}
      {result && <AnalyticsCharts result={result} nameOf={nameOf} onDrill={setDrill} />}
      {drill && <DrillDownDialog drill={drill} filter={applied} drillDown={drillDown} nameOf={nameOf} onClose={() => setDrill(null)} />}
    </>
  );
}
