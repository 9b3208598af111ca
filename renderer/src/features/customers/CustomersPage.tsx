import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useBrokerNames } from '../../app/book/useNames';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { TablePanel } from '../../ui/TablePanel';
import type { Column } from '../../ui/VirtualTable';

type Customer = StoredRecord<'customers'>;

/** Chinese names sort by pinyin, the way brokers look them up. */
const byName = new Intl.Collator('zh-CN').compare;

/** 客户: the customer book, by name. */
export function CustomersPage() {
  const { t } = useTranslation();
  const book = useBook();
  const brokers = useBrokerNames();
  const customers = useLiveQuery(async () => (await book.read.query('customers').toArray()).sort((a, b) => byName(a.name, b.name)), [book]);

  const columns: Column<Customer>[] = [
    { id: 'name', header: t('customers.columns.name'), width: '2.4fr', render: (c) => c.name },
    { id: 'region', header: t('customers.columns.region'), width: '1fr', render: (c) => [c.region, c.city].filter(Boolean).join(' · ') },
    { id: 'type', header: t('customers.columns.type'), width: '110px', render: (c) => <Badge>{t(`customerType.${c.type}`)}</Badge> },
    { id: 'broker', header: t('customers.columns.broker'), width: '1fr', render: (c) => brokers.get(c.brokerId) ?? c.brokerId },
  ];

  return (
    <Page testId="page-customers" title={t('customers.title')} subtitle={t('customers.subtitle')}>
      <TablePanel
        title={t('customers.title')}
        testId="customer-list"
        columns={columns}
        rows={customers}
        rowKey={(c) => c.id}
        empty={<EmptyState icon="customers" title={t('customers.empty.title')} hint={t('customers.empty.hint')} />}
      />
    </Page>
  );
}
