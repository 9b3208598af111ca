import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  guessColumnMapping,
  IMPORT_FIELDS,
  planCustomerImport,
  readImportRows,
  type ColumnMapping,
  type ImportField,
  type ImportRowError,
} from '../../../../../shared/customerImport';
import { useBook } from '../../../app/book/BookContext';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { errorMessage } from '../../../ui/errorMessage';
import { Field } from '../../../ui/Field';
import type { CustomerDirectory } from '../useCustomerDirectory';
import { applyImportPlan } from './applyImportPlan';
import { UnreadableFileError } from './readSpreadsheet';
import { readSpreadsheetOffThread } from './readSpreadsheetOffThread';

const LISTED_ERRORS = 50;
const PREVIEWED = 20;

type Stage = { step: 'choose' } | { step: 'reading' } | { step: 'mapping'; table: string[][] } | { step: 'importing' } | { step: 'done'; creates: number; updates: number };

/**
 * Imports customers and contacts from Excel or CSV: pick a file, check the guessed column mapping,
 * see what would be created and updated and which rows are wrong (and why), then confirm. Nothing
 * is written before the confirmation; customers already in the book (same name or phone) are
 * updated instead of duplicated.
 */
export function ImportDialog({ directory, onClose }: { directory: CustomerDirectory; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [problem, setProblem] = useState<string>();
  const table = stage.step === 'mapping' ? stage.table : undefined;

  const context = useMemo(() => ({ brokers: directory.brokers, defaultBrokerId: directory.brokers[0]?.id ?? '' }), [directory]);
  const read = useMemo(() => (table ? readImportRows(table, mapping, context) : undefined), [table, mapping, context]);
  const plan = useMemo(() => (read ? planCustomerImport(read.customers, directory.customers, directory.contacts) : undefined), [read, directory]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblem(undefined);
    setStage({ step: 'reading' });
    try {
      const rows = await readSpreadsheetOffThread(await file.arrayBuffer(), file.name);
      if (rows.length < 2) throw new UnreadableFileError('empty', file.name);
      setMapping(guessColumnMapping(rows[0]!));
      setStage({ step: 'mapping', table: rows });
    } catch (error) {
      setProblem(
        error instanceof UnreadableFileError
          ? t(error.reason === 'unsupported' ? 'customers.import.unsupported' : 'customers.import.noRows')
          : t('customers.import.readFailed', { reason: errorMessage(error) }),
      );
      setStage({ step: 'choose' });
    }
  }

  async function confirm() {
    if (!plan) return;
    setStage({ step: 'importing' });
    try {
      await applyImportPlan(book, plan);
      setStage({ step: 'done', creates: plan.creates.length, updates: plan.updates.length });
    } catch (error) {
      setProblem(errorMessage(error));
      setStage({ step: 'mapping', table: table! });
    }
  }

  const headers = table?.[0] ?? [];
  const setColumn = (field: ImportField, column: string) => {
    const next = { ...mapping };
    if (column === '') delete next[field];
    else next[field] = Number(column);
    setMapping(next);
  };
  const errorText = (error: ImportRowError) =>
    t('customers.import.error', {
      row: error.row,
      column: headers[mapping[error.field]!] ?? t(`customers.import.fields.${error.field}`),
      problem: t(`customers.import.problems.${error.code}`, { value: error.value }),
    });
  const busy = stage.step === 'reading' || stage.step === 'importing';

  return (
    <Dialog
      title={t('customers.import.title')}
      onClose={busy ? undefined : onClose}
      actions={
        <>
          <Button onClick={onClose} disabled={busy}>
            {t('customers.import.cancel')}
          </Button>
          {stage.step === 'mapping' && plan && (
            <Button variant="primary" onClick={() => void confirm()} disabled={plan.creates.length + plan.updates.length === 0}>
              {t('customers.import.confirm')}
            </Button>
          )}
        </>
      }
    >
      <div className="sd-customer-import" data-testid="customer-import">
        {(stage.step === 'choose' || stage.step === 'reading' || stage.step === 'mapping') && (
          <Field label={t('customers.import.file')} hint={t('customers.import.fileHint')}>
            {(control) => <input {...control} type="file" accept=".xlsx,.csv" onChange={(event) => void choose(event)} disabled={busy} />}
          </Field>
        )}
        {stage.step === 'reading' && <p role="status">{t('customers.import.reading')}</p>}
        {stage.step === 'importing' && <p role="status">{t('customers.import.importing')}</p>}
        {stage.step === 'done' && <p role="status">{t('customers.import.done', { creates: stage.creates, updates: stage.updates })}</p>}
        {problem && (
          <p role="alert" className="sd-customers__error">
            {problem}
          </p>
        )}
        {stage.step === 'mapping' && read && plan && (
          <>
            <fieldset className="sd-customer-import__mapping">
              <legend>{t('customers.import.mapping')}</legend>
              {IMPORT_FIELDS.map((field) => (
                <label key={field}>
                  <span>{t(`customers.import.fields.${field}`)}</span>
                  <select aria-label={t(`customers.import.fields.${field}`)} value={mapping[field] ?? ''} onChange={(event) => setColumn(field, event.target.value)}>
                    <option value="">{t('customers.import.notImported')}</option>
                    {headers.map((header, column) => (
                      <option key={column} value={column}>
                        {header || `#${column + 1}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
            <p data-testid="import-summary">
              {t('customers.import.summary', { creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged.length, empty: read.emptyRows })}
            </p>
            {read.errors.length > 0 && (
              <section className="sd-customer-import__errors" aria-label={t('customers.import.errorsTitle', { count: read.errors.length })}>
                <h3>{t('customers.import.errorsTitle', { count: read.errors.length })}</h3>
                <ul data-testid="import-errors">
                  {read.errors.slice(0, LISTED_ERRORS).map((error) => (
                    <li key={`${error.row}-${error.field}`}>{errorText(error)}</li>
                  ))}
                </ul>
                {read.errors.length > LISTED_ERRORS && <p>{t('customers.import.moreErrors', { count: read.errors.length - LISTED_ERRORS })}</p>}
              </section>
            )}
            <section aria-label={t('customers.import.previewTitle', { count: PREVIEWED })}>
              <h3>{t('customers.import.previewTitle', { count: PREVIEWED })}</h3>
              <ul className="sd-customer-import__preview" data-testid="import-preview">
                {[
                  ...plan.creates.map((create) => ({ key: `c${create.rows[0]}`, kind: t('customers.import.willCreate'), name: create.customer.name })),
                  ...plan.updates.map((update) => ({ key: `u${update.id}`, kind: t('customers.import.willUpdate'), name: update.name })),
                ]
                  .slice(0, PREVIEWED)
                  .map((entry) => (
                    <li key={entry.key}>
                      <strong>{entry.kind}</strong> {entry.name}
                    </li>
                  ))}
              </ul>
            </section>
          </>
        )}
      </div>
    </Dialog>
  );
}
