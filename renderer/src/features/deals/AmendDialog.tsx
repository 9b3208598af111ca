import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreedTerms } from '../../../../shared/deals/dealAmendment';
import type { Amendment } from '../../../../shared/model';
import { yuanToFen } from '../../../../shared/money/fen';
import { formatScaledDecimal } from '../../../../shared/money/scaledDecimal';
import { formatTons, tonsToKg } from '../../../../shared/weight/tons';
import type { StoredRecord } from '../../data';
import { useBook } from '../../app/book/BookContext';
import { useServices } from '../../app/ServicesContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { DealTermsFields, type TermsInput } from './DealTermsFields';
import { nowInMarket } from './nowInMarket';
import { recordAmendment } from './recordAmendment';
import { termErrorTexts, termsFromInput, termsToInput } from './termsInput';

const VIA = ['phone', 'wechat', 'visit', 'sms', 'email', 'signed'] as const satisfies ReadonlyArray<Amendment['agreedVia']>;
type LineInput = { tonnes: string; price: string };

/**
 * Changes a confirmed deal by amendment: the broker edits the terms in force (line tonnes and
 * prices, delivery, payment, tolerance, objection period, commission) and records who at the
 * customer agreed, how and why. Only what changed is stored.
 */
export function AmendDialog({ deal, inForce, onClose }: { deal: StoredRecord<'deals'>; inForce: AgreedTerms; onClose: () => void }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const [terms, setTerms] = useState<TermsInput>(() => termsToInput(inForce));
  const [lines, setLines] = useState<LineInput[]>(() =>
    inForce.lines.map((line) => ({ tonnes: formatTons(line.weightKg), price: formatScaledDecimal(line.priceFenPerTon, 2, { minDecimals: 0 }) })),
  );
  const [agreedBy, setAgreedBy] = useState('');
  const [agreedVia, setAgreedVia] = useState<Amendment['agreedVia']>('phone');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();

  const checked = termsFromInput(terms);
  const lineValues = lines.map((line) => ({ weightKg: tonsToKg(line.tonnes.trim()), priceFenPerTon: yuanToFen(line.price.trim()) }));
  const linesOk = lineValues.every((v) => v.weightKg !== undefined && v.weightKg > 0 && v.priceFenPerTon !== undefined && v.priceFenPerTon > 0);
  const ready = checked.ok && linesOk && agreedBy.trim() !== '' && reason.trim() !== '';

  async function save() {
    if (!checked.ok || !linesOk) return;
    const edited: AgreedTerms = {
      ...checked.terms,
      lines: inForce.lines.map((line, i) => ({ ...line, weightKg: lineValues[i]!.weightKg!, priceFenPerTon: lineValues[i]!.priceFenPerTon! })),
    };
    try {
      await recordAmendment(book, deal, inForce, edited, { reason: reason.trim(), agreedBy: agreedBy.trim(), agreedVia, agreedAt: nowInMarket(now()), brokerId: deal.brokerId });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  const errors = checked.ok ? {} : termErrorTexts(checked.errors, t);
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
      {inForce.lines.map((line, i) => (
        <div key={i} className="sd-deal-terms">
          <Field label={t('deals.amend.lineTonnes', { goods: `${line.grade} ${line.spec.text}` })}>
            {(control) => <input {...control} value={lines[i]!.tonnes} onChange={(event) => setLines((all) => all.map((l, j) => (j === i ? { ...l, tonnes: event.target.value } : l)))} />}
          </Field>
          <Field label={t('deals.amend.linePrice', { goods: `${line.grade} ${line.spec.text}` })}>
            {(control) => <input {...control} value={lines[i]!.price} onChange={(event) => setLines((all) => all.map((l, j) => (j === i ? { ...l, price: event.target.value } : l)))} />}
          </Field>
        </div>
      ))}
      <DealTermsFields value={terms} errors={errors} onChange={setTerms} />
      <div className="sd-deal-terms">
        <Field label={t('deals.amend.agreedBy')}>{(control) => <input {...control} value={agreedBy} onChange={(event) => setAgreedBy(event.target.value)} />}</Field>
        <SelectField label={t('deals.amend.agreedVia')} value={agreedVia} options={VIA.map((via) => ({ value: via, label: t(`deals.via.${via}`) }))} onChange={setAgreedVia} />
        <Field label={t('deals.amend.reason')}>{(control) => <input {...control} value={reason} onChange={(event) => setReason(event.target.value)} />}</Field>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </Dialog>
  );
}
