import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter } from '../../../../shared/analytics';
import { formatFen } from '../../../../shared/money/fen';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { EmptyState } from '../../ui/EmptyState';
import { marketDate } from '../../ui/format/marketTime';
import { formatTonnes } from '../../ui/format/quantities';
import { Page } from '../../ui/Page';
import { Stat } from '../../ui/Stat';
import { AnalyticsCharts } from './AnalyticsCharts';
import { AnalyticsFilterBar } from './AnalyticsFilterBar';
import { AnalyticsProgress } from './AnalyticsProgress';
import type { Drill } from './charts/Drill';
import { useAnalytics } from './compute/useAnalytics';
import { DrillDownDialog } from './DrillDownDialog';
import { defaultFilterChoice, periodProblem, toAnalyticsFilter, type FilterChoice } from './filterChoice';
import { monthHeadline } from './monthHeadline';
import './AnalyticsPage.css';

/** 分析: this month's headline, then every metric of the book under the filter, as charts. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const book = useBook();
  const today = marketDate(useServices().now());
  const month = today.slice(0, 7);
  const figures = useLiveQuery(async () => {
    const [customers, anyDeal, deals, brokers] = await Promise.all([
      book.read.query('customers').count(),
      book.read.query('deals').first(),
      book.read.query('deals', (table) => table.where('dealOn').startsWith(`${month}-`)).toArray(),
      book.read.query('brokers').toArray(),
    ]);
    return { customers, hasDeals: anyDeal !== undefined, month: monthHeadline(deals, month), brokers };
  }, [book, month]);

  const isEmpty = figures !== undefined && figures.customers === 0 && !figures.hasDeals;
  return (
    <Page testId="page-analytics" title={t('analytics.title')} subtitle={t('analytics.subtitle', { month })}>
      {isEmpty && <EmptyState icon="analytics" title={t('analytics.empty.title')} hint={t('analytics.empty.hint')} />}
      {figures && !isEmpty && (
        <>
          <div className="sd-analytics__stats">
            <Stat label={t('analytics.customers')} value={String(figures.customers)} />
            <Stat label={t('analytics.dealsThisMonth')} value={String(figures.month.deals)} />
            <Stat label={t('analytics.tonnesThisMonth')} value={t('common.tonnes', { value: formatTonnes(figures.month.kg) })} />
            <Stat label={t('analytics.amountThisMonth')} value={formatFen(figures.month.amountFen)} />
          </div>
          <AnalyticsDashboard today={today} brokers={figures.brokers} />
        </>
      )}
    </Page>
  );
}

function AnalyticsDashboard({ today, brokers }: { today: string; brokers: ReadonlyArray<{ id: string; name: string }> }) {
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
