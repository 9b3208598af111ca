import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useCustomerNames } from '../../app/book/useNames';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { formatPricePerTon, formatTonnes } from '../../ui/format/quantities';
import { useCategoryName } from '../../ui/useCategoryName';
import { Panel } from '../../ui/Panel';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import { FIRST_OFFERS } from './useDeskData';

type Offer = StoredRecord<'offers'>;

export interface OffersPanelProps {
  /** Every open offer, newest first; undefined while loading. */
  offers: Offer[] | undefined;
  /** The newest few, shown until `offers` is in. */
  firstOffers: Offer[] | undefined;
  today: string;
}

/**
 * The open supply offers (货源) of the book, newest first; an offer past its date is marked, and
 * each can be closed. With a big book the newest page shows first and the count appears once
 * every offer is loaded.
 */
export function OffersPanel({ offers, firstOffers, today }: OffersPanelProps) {
  const { t } = useTranslation();
  const book = useBook();
  const sellers = useCustomerNames();
  const categoryName = useCategoryName();
  const none = t('common.none');

  const columns: Column<Offer>[] = [
    { id: 'seller', header: t('desk.offerColumns.seller'), width: '1.2fr', render: (o) => sellers.get(o.sellerId) ?? none },
    { id: 'goods', header: t('desk.offerColumns.goods'), width: '2fr', render: (o) => `${categoryName(o.category)} ${o.grade} ${o.spec.text}` },
    { id: 'brand', header: t('desk.offerColumns.brand'), width: '0.7fr', render: (o) => o.brand ?? none },
    { id: 'warehouse', header: t('desk.offerColumns.warehouse'), width: '0.9fr', render: (o) => o.warehouse ?? none },
    { id: 'weight', header: t('desk.offerColumns.weight'), width: '90px', align: 'end', render: (o) => formatTonnes(o.availableKg) },
    { id: 'price', header: t('desk.offerColumns.price'), width: '100px', align: 'end', render: (o) => formatPricePerTon(o.priceFenPerTon) },
    {
      id: 'validUntil',
      header: t('desk.offerColumns.validUntil'),
      width: '96px',
      render: (o) => (o.validUntil < today ? <span className="sd-desk__problem">{t('desk.stale', { date: o.validUntil })}</span> : o.validUntil),
    },
    {
      id: 'close',
      header: t('desk.offerColumns.close'),
      width: '64px',
      render: (o) => (
        <Button aria-label={t('desk.closeOffer', { goods: `${o.grade} ${o.spec.text}` })} onClick={() => void book.repository.update('offers', o.id, { status: 'closed' })}>
          {t('desk.close')}
        </Button>
      ),
    },
  ];

  const rows = offers ?? firstOffers;
  const loadingRest = offers === undefined && firstOffers !== undefined && firstOffers.length === FIRST_OFFERS;
  return (
    <Panel title={t('desk.offers')} count={offers?.length ?? (loadingRest ? undefined : firstOffers?.length)} testId="open-offers">
      {loadingRest && (
        <p role="status" className="sd-desk__notice">
          {t('desk.loadingOffers', { count: FIRST_OFFERS })}
        </p>
      )}
      <VirtualTable
        label={t('desk.offers')}
        columns={columns}
        rows={rows}
        rowKey={(o) => o.id}
        empty={<EmptyState title={t('desk.emptyOffers.title')} hint={t('desk.emptyOffers.hint')} />}
      />
    </Panel>
  );
}
