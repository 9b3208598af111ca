import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterCustomerRows, sortCustomerRows, type CustomerFilters, type CustomerSortKey } from '../../../../shared/customers';
import { useCustomerInsights } from '../../app/book/insights';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { Panel } from '../../ui/Panel';
import { CustomerBoard } from './CustomerBoard';
import { CustomerFormDialog } from './CustomerFormDialog';
import { CustomerList } from './CustomerList';
import { customerRows, type CustomerRow } from './customerRows';
import { CustomerToolbar } from './CustomerToolbar';
import { ExportButton } from './import/ExportButton';
import { ImportDialog } from './import/ImportDialog';
import { CustomerProfile } from './profile/CustomerProfile';
import { useCategoryAffinity } from './profile/useCategoryAffinity';
import { RemindersView } from './RemindersView';
import { useCustomerDirectory, type CustomerRecord } from './useCustomerDirectory';
import { useCustomerSearch } from './useCustomerSearch';
import './CustomersPage.css';

const VIEWS = ['list', 'board', 'reminders'] as const;
type View = (typeof VIEWS)[number];

/** 客户: the customer book as a list, a board by stage and reminders; a customer's profile beside it. */
export function CustomersPage() {
  const { t } = useTranslation();
  const directory = useCustomerDirectory();
  const insights = useCustomerInsights();
  const affinity = useCategoryAffinity();
  const [view, setView] = useState<View>('list');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<CustomerFilters>({});
  const [sort, setSort] = useState<CustomerSortKey>('name');
  const [openId, setOpenId] = useState<string>();
  const [form, setForm] = useState<{ editing?: CustomerRecord } | null>(null);
  const [importing, setImporting] = useState(false);
  const found = useCustomerSearch(directory, query);

  const rows = useMemo(() => (directory && insights ? customerRows(directory, insights) : undefined), [directory, insights]);
  const shown = useMemo(() => (rows ? visibleRows(rows, filters, sort, found) : undefined), [rows, filters, sort, found]);
  const regions = useMemo(() => [...new Set(directory?.customers.map((customer) => customer.region).filter(Boolean))].sort(), [directory]);
  const brokerNames = useMemo(() => new Map(directory?.brokers.map((broker) => [broker.id, broker.name])), [directory]);
  const brokerName = (id: string) => brokerNames.get(id) ?? id;
  const open = directory?.customers.find((customer) => customer.id === openId);

  const empty =
    directory && directory.customers.length === 0 ? (
      <EmptyState icon="customers" title={t('customers.empty.title')} hint={t('customers.empty.hint')} />
    ) : (
      <EmptyState icon="customers" title={t('customers.noMatch.title')} hint={t('customers.noMatch.hint')} />
    );

  return (
    <Page
      testId="page-customers"
      title={t('customers.title')}
      subtitle={t('customers.subtitle')}
      actions={
        <>
          <Button onClick={() => setImporting(true)}>{t('customers.actions.import')}</Button>
          <ExportButton rows={shown} directory={directory} brokerName={brokerName} />
          <Button variant="primary" onClick={() => setForm({})}>
            {t('customers.actions.create')}
          </Button>
        </>
      }
    >
      <div className="sd-customers">
        <div className="sd-customers__main">
          <div className="sd-customers__tabs" role="tablist" aria-label={t('customers.views.label')}>
            {VIEWS.map((id) => (
              <button key={id} type="button" role="tab" aria-selected={view === id} className="sd-customers__tab" onClick={() => setView(id)}>
                {t(`customers.views.${id}`)}
              </button>
            ))}
          </div>
          {view !== 'reminders' && (
            <CustomerToolbar
              query={query}
              onQuery={setQuery}
              filters={filters}
              onFilters={setFilters}
              sort={sort}
              onSort={setSort}
              regions={regions}
              brokers={directory?.brokers ?? []}
            />
          )}
          {!shown && <p className="sd-customers__status">{t('customers.computing')}</p>}
          {view === 'list' && (
            <Panel title={t('customers.title')} count={shown?.length} testId="customer-list">
              <CustomerList rows={shown ?? []} brokerName={brokerName} onOpen={setOpenId} empty={shown ? empty : null} />
            </Panel>
          )}
          {view === 'board' && shown && (shown.length > 0 ? <CustomerBoard rows={shown} contactsOf={directory!.contactsOf} brokerName={brokerName} onOpen={setOpenId} /> : empty)}
          {view === 'reminders' && directory && insights && <RemindersView directory={directory} insights={insights} onOpen={setOpenId} />}
        </div>
        {open && directory && (
          <CustomerProfile
            key={open.id}
            customer={open}
            directory={directory}
            insight={insights?.get(open.id)}
            affinity={affinity}
            brokerName={brokerName}
            onClose={() => setOpenId(undefined)}
            onEdit={() => setForm({ editing: open })}
          />
        )}
      </div>
      {form && directory && (
        <CustomerFormDialog
          editing={form.editing}
          directory={directory}
          onOpenExisting={(id) => {
            setForm(null);
            setOpenId(id);
          }}
          onDone={(id) => {
            setForm(null);
            if (id) setOpenId(id);
          }}
        />
      )}
      {importing && directory && <ImportDialog directory={directory} onClose={() => setImporting(false)} />}
    </Page>
  );
}

/** Filters, then the search (which restricts and, sorted by name, orders by relevance), then the sort. */
function visibleRows(rows: readonly CustomerRow[], filters: CustomerFilters, sort: CustomerSortKey, found: readonly string[] | undefined): CustomerRow[] {
  const filtered = filterCustomerRows(rows, filters);
  if (!found) return sortCustomerRows(filtered, sort);
  const rank = new Map(found.map((id, i) => [id, i]));
  const matching = filtered.filter((row) => rank.has(row.id));
  return sort === 'name' ? matching.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!) : sortCustomerRows(matching, sort);
}
