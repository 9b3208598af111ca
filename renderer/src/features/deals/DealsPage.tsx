import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { dealTotals } from '../../../../shared/model/dealTotals';
import type { DealStatus } from '../../../../shared/model';
import { formatFen } from '../../../../shared/money/fen';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useCustomerNames } from '../../app/book/useNames';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { formatTonnes } from '../../ui/format/quantities';
import { Page } from '../../ui/Page';
import { TablePanel } from '../../ui/TablePanel';
import type { Column } from '../../ui/VirtualTable';

type Deal = StoredRecord<'deals'>;

const STATUS_TONES: Readonly<Record<DealStatus, BadgeTone>> = {
  draft: 'neutral',
  confirmed: 'info',
  delivered: 'warning',
  settled: 'success',
  cancelled: 'danger',
};

/** Newest deal date first; within a day, the higher number first. */
const newestFirst = (a: Deal, b: Deal) => b.dealOn.localeCompare(a.dealOn) || b.number.localeCompare(a.number);

/** 成交: the deals of the book, newest first. */
export function DealsPage() {
  const { t } = useTranslation();
  const book = useBook();
  const parties = useCustomerNames();
  const deals = useLiveQuery(async () => (await book.read.query('deals').toArray()).sort(newestFirst), [book]);
  const partyName = (id: string) => parties.get(id) ?? t('common.none');

  const columns: Column<Deal>[] = [
    { id: 'number', header: t('deals.columns.number'), width: '150px', render: (d) => d.number },
    { id: 'date', header: t('deals.columns.date'), width: '96px', render: (d) => d.dealOn },
    { id: 'buyer', header: t('deals.columns.buyer'), width: '1fr', render: (d) => partyName(d.buyerId) },
    { id: 'seller', header: t('deals.columns.seller'), width: '1fr', render: (d) => partyName(d.sellerId) },
    { id: 'weight', header: t('deals.columns.weight'), width: '100px', align: 'end', render: (d) => formatTonnes(dealTotals(d).kg) },
    { id: 'amount', header: t('deals.columns.amount'), width: '130px', align: 'end', render: (d) => formatFen(dealTotals(d).amountFen) },
    {
      id: 'status',
      header: t('deals.columns.status'),
      width: '84px',
      render: (d) => <Badge tone={STATUS_TONES[d.status]}>{t(`dealStatus.${d.status}`)}</Badge>,
    },
  ];

  return (
    <Page testId="page-deals" title={t('deals.title')} subtitle={t('deals.subtitle')}>
      <TablePanel
        title={t('deals.title')}
        testId="deal-list"
        columns={columns}
        rows={deals}
        rowKey={(d) => d.id}
        empty={<EmptyState icon="deals" title={t('deals.empty.title')} hint={t('deals.empty.hint')} />}
      />
    </Page>
  );
}
