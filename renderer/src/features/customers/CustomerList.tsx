import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { GradeBadge } from '../../ui/GradeBadge';
import { PhaseBadge } from '../../ui/PhaseBadge';
import { StageBadge } from '../../ui/StageBadge';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import type { CustomerRow } from './customerRows';

export interface CustomerListProps {
  rows: readonly CustomerRow[];
  brokerName: (id: string) => string;
  onOpen: (id: string) => void;
  empty: ReactNode;
}

/** The customers as a virtual table: only the rows in view are in the page, so 50k customers scroll like 50. */
export function CustomerList({ rows, brokerName, onOpen, empty }: CustomerListProps) {
  const { t } = useTranslation();
  const columns: Column<CustomerRow>[] = [
    {
      id: 'name',
      header: t('customers.columns.name'),
      width: '2.4fr',
      render: (row) => (
        <button type="button" className="sd-customers__link" onClick={() => onOpen(row.id)}>
          {row.name}
        </button>
      ),
    },
    { id: 'region', header: t('customers.columns.region'), width: '1fr', render: (row) => [row.region, row.city].filter(Boolean).join(' · ') },
    { id: 'stage', header: t('customers.columns.stage'), width: '84px', render: (row) => <StageBadge stage={row.stage} /> },
    { id: 'phase', header: t('customers.columns.phase'), width: '72px', render: (row) => row.phase && <PhaseBadge phase={row.phase} /> },
    { id: 'grade', header: t('customers.columns.grade'), width: '56px', render: (row) => <GradeBadge grade={row.grade} /> },
    { id: 'type', header: t('customers.columns.type'), width: '72px', render: (row) => t(`customerType.${row.customer.type}`) },
    { id: 'broker', header: t('customers.columns.broker'), width: '0.8fr', render: (row) => brokerName(row.brokerId) },
    { id: 'lastDeal', header: t('customers.columns.lastDeal'), width: '88px', render: (row) => row.lastDealOn ?? '' },
    { id: 'nextFollowUp', header: t('customers.columns.nextFollowUp'), width: '88px', render: (row) => row.nextFollowUpOn ?? '' },
  ];
  return <VirtualTable label={t('customers.title')} columns={columns} rows={rows} rowKey={(row) => row.id} empty={empty} />;
}
