import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../data';
import { useCustomerNames } from '../../app/book/useNames';
import { EmptyState } from '../../ui/EmptyState';
import { formatPricePerTon, formatTonnes } from '../../ui/format/quantities';
import { useCategoryName } from '../../ui/useCategoryName';
import { TablePanel } from '../../ui/TablePanel';
import type { Column } from '../../ui/VirtualTable';
import { useOpenRecords } from './useOpenRecords';

type Offer = StoredRecord<'offers'>;

const newestFirst = (a: Offer, b: Offer) => b.postedAt.localeCompare(a.postedAt);

/** The open supply offers (货源) of the book, newest first. */
export function OffersPanel() {
  const { t } = useTranslation();
  const sellers = useCustomerNames();
  const categoryName = useCategoryName();
  const offers = useOpenRecords('offers', newestFirst);
  const none = t('common.none');

  const columns: Column<Offer>[] = [
    { id: 'seller', header: t('desk.offerColumns.seller'), width: '1.2fr', render: (o) => sellers.get(o.sellerId) ?? none },
    { id: 'goods', header: t('desk.offerColumns.goods'), width: '2fr', render: (o) => `${categoryName(o.category)} ${o.grade} ${o.spec.text}` },
    { id: 'brand', header: t('desk.offerColumns.brand'), width: '0.7fr', render: (o) => o.brand ?? none },
    { id: 'warehouse', header: t('desk.offerColumns.warehouse'), width: '0.9fr', render: (o) => o.warehouse ?? none },
    { id: 'weight', header: t('desk.offerColumns.weight'), width: '90px', align: 'end', render: (o) => formatTonnes(o.availableKg) },
    { id: 'price', header: t('desk.offerColumns.price'), width: '100px', align: 'end', render: (o) => formatPricePerTon(o.priceFenPerTon) },
  ];

  return (
    <TablePanel
      title={t('desk.offers')}
      testId="open-offers"
      columns={columns}
      rows={offers}
      rowKey={(o) => o.id}
      empty={<EmptyState title={t('desk.emptyOffers.title')} hint={t('desk.emptyOffers.hint')} />}
    />
  );
}
