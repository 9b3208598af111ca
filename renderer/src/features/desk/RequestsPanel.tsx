import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../data';
import { useCustomerNames } from '../../app/book/useNames';
import { EmptyState } from '../../ui/EmptyState';
import { marketDateTime } from '../../ui/format/marketTime';
import { formatTonnes } from '../../ui/format/quantities';
import { useCategoryName } from '../../ui/useCategoryName';
import { TablePanel } from '../../ui/TablePanel';
import type { Column } from '../../ui/VirtualTable';
import { useOpenRecords } from './useOpenRecords';

type Request = StoredRecord<'requests'>;

const newestFirst = (a: Request, b: Request) => b.receivedAt.localeCompare(a.receivedAt);
const totalKg = (request: Request) => request.lines.reduce((sum, line) => sum + line.weightKg, 0);

/** The open buy requests (求购) of the book, newest first. */
export function RequestsPanel() {
  const { t } = useTranslation();
  const buyers = useCustomerNames();
  const categoryName = useCategoryName();
  const requests = useOpenRecords('requests', newestFirst);

  const columns: Column<Request>[] = [
    { id: 'buyer', header: t('desk.requestColumns.buyer'), width: '1.2fr', render: (r) => buyers.get(r.buyerId) ?? t('common.none') },
    {
      id: 'goods',
      header: t('desk.requestColumns.goods'),
      width: '2fr',
      render: (r) => {
        const [first] = r.lines;
        if (!first) return t('common.none');
        const more = r.lines.length > 1 ? ` · ${t('desk.moreLines', { count: r.lines.length - 1 })}` : '';
        return `${categoryName(first.category)} ${first.grades[0]} ${first.spec.text}${more}`;
      },
    },
    { id: 'weight', header: t('desk.requestColumns.weight'), width: '90px', align: 'end', render: (r) => formatTonnes(totalKg(r)) },
    { id: 'receivedAt', header: t('desk.requestColumns.receivedAt'), width: '120px', render: (r) => marketDateTime(new Date(r.receivedAt)) },
  ];

  return (
    <TablePanel
      title={t('desk.requests')}
      testId="open-requests"
      columns={columns}
      rows={requests}
      rowKey={(r) => r.id}
      empty={<EmptyState title={t('desk.emptyRequests.title')} hint={t('desk.emptyRequests.hint')} />}
    />
  );
}
