import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintLayout } from '../../../../shared/print/printLayouts';
import { PRINT_LAYOUTS } from '../../../../shared/print/printLayouts';
import type { PrintMode, PrintResult } from '../../../../shared/print/printRequest';
import { LANGUAGES, type Language } from '../../../../shared/settings/settings';
import { useBook } from '../../app/book/BookContext';
import { useSettings } from '../../app/settings/SettingsContext';
import { getApi } from '../../bridge/api';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { SelectField } from '../../ui/SelectField';
import './PrintConfirmationButton.css';

type Outcome =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; result: PrintResult }
  | { status: 'failed'; message: string }
  | { status: 'notRecorded'; message: string };

/**
 * Prints a deal's confirmation (成交确认单) or saves it as PDF, on the paper and in the language
 * chosen (paper from the printer settings, language Chinese unless English is asked for). Each
 * print or saved PDF is recorded on the deal (`printCount`); once printed, the next one is a
 * reprint and carries the 副本 COPY mark. A cancelled dialog records nothing.
 */
export function PrintConfirmationButton({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const book = useBook();
  const { settings } = useSettings();
  const deal = useLiveQuery(() => book.read.get('deals', dealId), [book, dealId]);
  const [layout, setLayout] = useState<PrintLayout>(settings.printer.layout);
  const [language, setLanguage] = useState<Language>('zh-CN');
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });

  const printCount = deal?.printCount ?? 0;
  const copy = printCount > 0;

  const run = async (mode: PrintMode) => {
    if (deal === undefined) return;
    setOutcome({ status: 'busy' });
    let result: PrintResult;
    try {
      result = await getApi().print.confirmation({ dealId, layout, mode, language, copy });
    } catch (error) {
      setOutcome({ status: 'failed', message: errorMessage(error) });
      return;
    }
    if (result.status !== 'cancelled') {
      try {
        // Bookkeeping on the deal, allowed on a confirmed deal too: printing changes no term.
        await book.repository.update('deals', dealId, { printCount: deal.printCount + 1 });
      } catch (error) {
        setOutcome({ status: 'notRecorded', message: errorMessage(error) });
        return;
      }
    }
    setOutcome({ status: 'done', result });
  };

  const busy = outcome.status === 'busy';
  return (
    <div className="sd-print-button" data-testid="print-confirmation">
      <div className="sd-print-button__choices">
        <SelectField
          label={t('print.button.layout')}
          value={layout}
          options={PRINT_LAYOUTS.map((value) => ({ value, label: t(`print.layout.${value}`) }))}
          onChange={setLayout}
        />
        <SelectField
          label={t('print.button.language')}
          value={language}
          options={LANGUAGES.map((value) => ({ value, label: t(`settings.language.${value}`) }))}
          onChange={setLanguage}
        />
      </div>
      <div className="sd-print-button__actions">
        <Button variant="primary" disabled={busy || deal === undefined} onClick={() => void run('dialog')}>
          {copy ? t('print.button.reprint') : t('print.button.print')}
        </Button>
        <Button disabled={busy || deal === undefined} onClick={() => void run('pdf')}>
          {t('print.button.savePdf')}
        </Button>
      </div>
      {copy && <p className="sd-print-button__hint">{t('print.button.reprintHint', { times: printCount })}</p>}
      <OutcomeLine outcome={outcome} />
    </div>
  );
}

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  switch (outcome.status) {
    case 'idle':
      return null;
    case 'busy':
      return <p role="status">{t('print.button.printing')}</p>;
    case 'done': {
      const { result } = outcome;
      const text =
        result.status === 'saved' ? t('print.button.saved', { path: result.path ?? '' }) : result.status === 'printed' ? t('print.button.printed') : t('print.button.cancelled');
      return <p role="status">{text}</p>;
    }
    case 'failed':
      return <p role="alert">{t('print.button.failed', { message: outcome.message })}</p>;
    case 'notRecorded':
      return <p role="alert">{t('print.button.notRecorded', { message: outcome.message })}</p>;
  }
}
