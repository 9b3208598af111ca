import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../../shared/money/fen';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { EmptyState } from '../../ui/EmptyState';
import { marketDate } from '../../ui/format/marketTime';
import { formatTonnes } from '../../ui/format/quantities';
import { Page } from '../../ui/Page';
import { Stat } from '../../ui/Stat';
import { AnalyticsDashboard } from './AnalyticsDashboard';
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
