import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disputedCustomer, raiseDispute } from '../../../../shared/deals/dealDispute';
import { DISPUTE_PARTIES, type DisputeParty } from '../../../../shared/model';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useCustomerNames } from '../../app/book/useNames';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { marketDate } from '../../ui/format/marketTime';
import { SelectField } from '../../ui/SelectField';
import { saveDisputeChange } from './saveDisputeChange';

/** Records a dispute with one side of an agreed deal, dated today in market time: it goes into that customer's credit record. */
export function RaiseDisputeDialog({ deal, onClose }: { deal: StoredRecord<'deals'>; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const names = useCustomerNames();
  const [party, setParty] = useState<DisputeParty>('buyer');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();

  async function save() {
    try {
      await saveDisputeChange(book, deal, raiseDispute(deal, { party, reason, on: marketDate(now()) }));
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  const options = DISPUTE_PARTIES.map((role) => ({ value: role, label: `${t(`deals.roles.${role}`)} ${names.get(disputedCustomer(deal, role)) ?? ''}`.trim() }));
  return (
    <Dialog
      title={t('deals.dispute.raiseTitle', { number: deal.number })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={reason.trim() === ''} onClick={() => void save()}>
            {t('deals.dispute.raise')}
          </Button>
        </>
      }
    >
      <div className="sd-deal-terms">
        <SelectField label={t('deals.dispute.party')} value={party} options={options} onChange={setParty} />
        <Field label={t('deals.dispute.reason')}>{(control) => <input {...control} maxLength={200} value={reason} onChange={(event) => setReason(event.target.value)} />}</Field>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}
