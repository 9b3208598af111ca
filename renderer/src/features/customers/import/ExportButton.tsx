import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerExportTable } from '../../../../../shared/customerImport';
import { GRADE_LABELS, PHASE_LABELS, STAGE_LABELS } from '../../../../../shared/customers';
import { useServices } from '../../../app/ServicesContext';
import { useToday } from '../../../app/useToday';
import { Button } from '../../../ui/Button';
import { errorMessage } from '../../../ui/errorMessage';
import { useLabelLanguage } from '../../../ui/useLabelLanguage';
import type { CustomerRow } from '../customerRows';
import type { CustomerDirectory } from '../useCustomerDirectory';
import { downloadWorkbook } from './downloadWorkbook';

/** Exports the customers shown (filters and search applied) to Excel, in the columns the import reads, plus stage, phase and grade. */
export function ExportButton({ rows, directory, brokerName }: { rows: readonly CustomerRow[] | undefined; directory: CustomerDirectory | undefined; brokerName: (id: string) => string }) {
  const { t } = useTranslation();
  const language = useLabelLanguage();
  const today = useToday(useServices().now).date;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function exportRows() {
    if (!rows || !directory) return;
    setBusy(true);
    setError(undefined);
    try {
      const byId = new Map(rows.map((row) => [row.id, row]));
      const table = customerExportTable(
        rows.map((row) => row.customer),
        directory.contacts.filter((contact) => byId.has(contact.customerId)),
        brokerName,
        language,
        [
          { header: t('customers.columns.stage'), value: (customer) => STAGE_LABELS[byId.get(customer.id)!.stage][language] },
          { header: t('customers.columns.phase'), value: (customer) => { const phase = byId.get(customer.id)!.phase; return phase ? PHASE_LABELS[phase][language] : ''; } },
          { header: t('customers.columns.grade'), value: (customer) => GRADE_LABELS[byId.get(customer.id)!.grade][language] },
          { header: t('customers.columns.lastDeal'), value: (customer) => byId.get(customer.id)!.lastDealOn ?? '' },
        ],
      );
      await downloadWorkbook(table, t('customers.export.sheet'), `${t('customers.export.file')}-${today}.xlsx`);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button onClick={() => void exportRows()} disabled={busy || !rows || rows.length === 0}>
        {t('customers.actions.export')}
      </Button>
      {error && <span role="alert">{error}</span>}
    </>
  );
}
