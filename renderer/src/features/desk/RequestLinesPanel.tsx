import { useTranslation } from 'react-i18next';
import { useCustomerNames } from '../../app/book/useNames';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { formatTonnes } from '../../ui/format/quantities';
import { useCategoryName } from '../../ui/useCategoryName';
import { TablePanel } from '../../ui/TablePanel';
import type { Column } from '../../ui/VirtualTable';
import type { RequestLineRow } from './useDeskData';

export interface RequestLinesPanelProps {
  rows: RequestLineRow[] | undefined;
  selectedKey: string | undefined;
  onSelect: (row: RequestLineRow) => void;
}

/** The lines of the open buy requests (求购), newest first, each with what is still to fill and a button to match it. */
export function RequestLinesPanel({ rows, selectedKey, onSelect }: RequestLinesPanelProps) {
  const { t } = useTranslation();
  const buyers = useCustomerNames();
  const categoryName = useCategoryName();

  const columns: Column<RequestLineRow>[] = [
    { id: 'buyer', header: t('desk.requestColumns.buyer'), width: '1fr', render: (r) => buyers.get(r.request.buyerId) ?? t('common.none') },
    {
      id: 'goods',
      header: t('desk.requestColumns.goods'),
      width: '1.6fr',
      render: (r) => `${categoryName(r.line.category)} ${r.line.grades.join('/')} ${r.line.spec.text}`,
    },
    { id: 'weight', header: t('desk.requestColumns.weight'), width: '80px', align: 'end', render: (r) => formatTonnes(r.line.weightKg) },
    {
      id: 'remaining',
      header: t('desk.requestColumns.remaining'),
      width: '80px',
      align: 'end',
      render: (r) => <span data-testid={`remaining-${r.line.lineId}`}>{formatTonnes(r.remainingKg)}</span>,
    },
    {
      id: 'match',
      header: t('desk.requestColumns.match'),
      width: '72px',
      render: (r) => (
        <Button
          variant={r.key === selectedKey ? 'primary' : 'secondary'}
          aria-pressed={r.key === selectedKey}
          aria-label={t('desk.matchLine', { buyer: buyers.get(r.request.buyerId) ?? '', goods: `${r.line.grades[0]} ${r.line.spec.text}` })}
          onClick={() => onSelect(r)}
          disabled={r.remainingKg === 0}
        >
          {t('desk.match')}
        </Button>
      ),
    },
  ];

  return (
    <TablePanel
      title={t('desk.requests')}
      testId="open-requests"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      empty={<EmptyState title={t('desk.emptyRequests.title')} hint={t('desk.emptyRequests.hint')} />}
    />
  );
}
