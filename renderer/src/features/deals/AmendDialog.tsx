import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreedTerms } from '../../../../shared/deals/dealAmendment';
import type { Amendment } from '../../../../shared/model';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { nowInMarket } from './nowInMarket';
import { recordAmendment } from './recordAmendment';
import { TermsEditor, useTermsEditor } from './TermsEditor';

const VIA = ['phone', 'wechat', 'visit', 'sms', 'email', 'signed'] as const satisfies ReadonlyArray<Amendment['agreedVia']>;

/**
 * Changes a confirmed deal by amendment: the broker edits the terms in force (line tonnes and
 * prices, delivery, payment, tolerance, objection period, commission) and records who at the
 * customer agreed, how and why. Only what changed is stored.
 */
export function AmendDialog({ deal, inForce, onClose }: { deal: StoredRecord<'deals'>; inForce: AgreedTerms; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const editor = useTermsEditor(inForce);
  const [agreedBy, setAgreedBy] = useState('');
  const [agreedVia, setAgreedVia] = useState<Amendment['agreedVia']>('phone');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();
  const ready = editor.edited !== undefined && agreedBy.trim() !== '' && reason.trim() !== '';

  async function save() {
    if (!editor.edited) return;
    try {
      await recordAmendment(book, deal, inForce, editor.edited, { reason: reason.trim(), agreedBy: agreedBy.trim(), agreedVia, agreedAt: nowInMarket(now()), brokerId: deal.brokerId });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <Dialog
      title={t('deals.amend.title', { number: deal.number })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" disabled={!ready} onClick={() => void save()}>
            {t('deals.amend.save')}
          </Button>
        </>
      }
    >
      <TermsEditor editor={editor} start={inForce} />
      <div className="sd-deal-terms">
        <Field label={t('deals.amend.agreedBy')}>{(control) => <input {...control} value={agreedBy} onChange={(event) => setAgreedBy(event.target.value)} />}</Field>
        <SelectField label={t('deals.amend.agreedVia')} value={agreedVia} options={VIA.map((via) => ({ value: via, label: t(`deals.via.${via}`) }))} onChange={setAgreedVia} />
        <Field label={t('deals.amend.reason')}>{(control) => <input {...control} value={reason} onChange={(event) => setReason(event.target.value)} />}</Field>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}
