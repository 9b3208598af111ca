import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveDispute } from '../../../../shared/deals/dealDispute';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { marketDate } from '../../ui/format/marketTime';
import { saveDisputeChange } from './saveDisputeChange';

/** Closes a deal's open dispute with its outcome, dated today in market time; the dispute stays on the credit record. */
export function ResolveDisputeDialog({ deal, onClose }: { deal: StoredRecord<'deals'>; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const [resolution, setResolution] = useState('');
  const [failure, setFailure] = useState<string>();

  async function save() {
    try {
      await saveDisputeChange(book, deal, resolveDispute(deal, { resolution, on: marketDate(now()) }));
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <Dialog
      title={t('deals.dispute.resolveTitle', { number: deal.number })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={resolution.trim() === ''} onClick={() => void save()}>
            {t('deals.dispute.resolve')}
          </Button>
        </>
      }
    >
      <Field label={t('deals.dispute.resolution')}>{(control) => <input {...control} maxLength={200} value={resolution} onChange={(event) => setResolution(event.target.value)} />}</Field>
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}
