import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { awaitsApproval } from '../../../../shared/deals/dealApproval';
import { dealTotals } from '../../../../shared/model/dealTotals';
import { DEAL_STATUSES, type DealStatus } from '../../../../shared/model';
import { formatFen } from '../../../../shared/money/fen';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useCustomerNames } from '../../app/book/useNames';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Field } from '../../ui/Field';
import { formatTonnes } from '../../ui/format/quantities';
import { Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TablePanel } from '../../ui/TablePanel';
import type { Column } from '../../ui/VirtualTable';
import { DealDetail } from './DealDetail';
import { STATUS_TONES } from './statusTones';
import './DealsPage.css';

type Deal = StoredRecord<'deals'>;
/** A status, every deal, or the drafts waiting for the office to approve their price. */
type StatusFilter = DealStatus | 'all' | 'awaitingApproval';

const DETAIL_HIDES: ReadonlySet<string> = new Set(['seller', 'weight']);

/** Newest deal date first; within a day, the higher number first. */
const newestFirst = (a: Deal, b: Deal) => b.dealOn.localeCompare(a.dealOn) || b.number.localeCompare(a.number);

/**
 * 成交: the deals of the book, newest first, filtered by status (through its index) and by date;
 * picking one opens its detail beside the list.
 */
export function DealsPage() {
  const { t } = useTranslation();
  const book = useBook();
  const parties = useCustomerNames();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [selectedId, setSelectedId] = useState<string>();
  const deals = useLiveQuery(async () => {
    const indexed = status === 'awaitingApproval' ? 'draft' : status;
    const found = await book.read.query('deals', indexed === 'all' ? undefined : (t) => t.where('status').equals(indexed)).toArray();
    return (status === 'awaitingApproval' ? found.filter(awaitsApproval) : found).sort(newestFirst);
  }, [book, status]);
  const shown = useMemo(() => deals?.filter((d) => (!from || d.dealOn >= from) && (!to || d.dealOn <= to)), [deals, from, to]);
  const partyName = (id: string) => parties.get(id) ?? t('common.none');

  const allColumns: Column<Deal>[] = [
    {
      id: 'number',
      header: t('deals.columns.number'),
      width: '190px',
      render: (d) => (
        <Button className="sd-deals__open" aria-pressed={d.id === selectedId} onClick={() => setSelectedId(d.id)}>
          {d.number}
        </Button>
      ),
    },
    { id: 'date', header: t('deals.columns.date'), width: '96px', render: (d) => d.dealOn },
    { id: 'buyer', header: t('deals.columns.buyer'), width: '1fr', render: (d) => partyName(d.buyerId) },
    { id: 'seller', header: t('deals.columns.seller'), width: '1fr', render: (d) => partyName(d.sellerId) },
    { id: 'weight', header: t('deals.columns.weight'), width: '100px', align: 'end', render: (d) => formatTonnes(dealTotals(d).kg) },
    { id: 'amount', header: t('deals.columns.amount'), width: '130px', align: 'end', render: (d) => formatFen(dealTotals(d).amountFen) },
    {
      id: 'status',
      header: t('deals.columns.status'),
      width: '84px',
      render: (d) =>
        awaitsApproval(d) ? <Badge tone="warning">{t('deals.filters.awaitingApproval')}</Badge> : <Badge tone={STATUS_TONES[d.status]}>{t(`dealStatus.${d.status}`)}</Badge>,
    },
  ];

  // Beside an open deal the list keeps the columns that tell deals apart.
  const columns = selectedId ? allColumns.filter((column) => !DETAIL_HIDES.has(column.id)) : allColumns;

  return (
    <Page testId="page-deals" title={t('deals.title')} subtitle={t('deals.subtitle')}>
      <div className="sd-deals__filters" role="search" aria-label={t('deals.filters.label')}>
        <SelectField
          label={t('deals.filters.status')}
          value={status}
          options={[
            { value: 'all', label: t('deals.filters.all') },
            { value: 'awaitingApproval', label: t('deals.filters.awaitingApproval') },
            ...DEAL_STATUSES.map((s) => ({ value: s, label: t(`dealStatus.${s}`) })),
          ]}
          onChange={setStatus}
        />
        <Field label={t('deals.filters.from')}>{(control) => <input {...control} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />}</Field>
        <Field label={t('deals.filters.to')}>{(control) => <input {...control} type="date" value={to} onChange={(event) => setTo(event.target.value)} />}</Field>
      </div>
      <div className={selectedId ? 'sd-deals sd-deals--detail' : 'sd-deals'}>
        <TablePanel
          title={t('deals.title')}
          testId="deal-list"
          columns={columns}
          rows={shown}
          rowKey={(d) => d.id}
          empty={<EmptyState icon="deals" title={t('deals.empty.title')} hint={t('deals.empty.hint')} />}
        />
        {selectedId && <DealDetail key={selectedId} dealId={selectedId} onClose={() => setSelectedId(undefined)} />}
      </div>
    </Page>
  );
}
