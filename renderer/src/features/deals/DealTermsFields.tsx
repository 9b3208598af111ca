import { useTranslation } from 'react-i18next';
import type { Commission, DeliveryTerms, PaymentTerms } from '../../../../shared/model';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';

/** The terms as typed: text for every number, checked when the deal is made. */
export interface TermsInput {
  deliveryMethod: DeliveryTerms['method'];
  warehouse: string;
  address: string;
  from: string;
  to: string;
  paymentMethod: PaymentTerms['method'];
  creditDays: string;
  prepaymentPercent: string;
  depositYuan: string;
  tolerancePerMille: string;
  objectionDays: string;
  commissionKind: Commission['kind'];
  commissionYuanPerTon: string;
}

export type TermsErrors = Partial<Record<keyof TermsInput, string>>;

export interface DealTermsFieldsProps {
  value: TermsInput;
  errors: TermsErrors;
  onChange: (value: TermsInput) => void;
}

/** Delivery, payment, tolerance, objection period and commission of a deal, as form fields. */
export function DealTermsFields({ value, errors, onChange }: DealTermsFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof TermsInput>(key: K) => (next: TermsInput[K]) => onChange({ ...value, [key]: next });
  const text = (key: keyof TermsInput, label: string, type = 'text') => (
    <Field label={label} error={errors[key]}>
      {(control) => <input {...control} type={type} value={value[key]} onChange={(event) => set(key)(event.target.value as never)} />}
    </Field>
  );
  return (
    <div className="sd-deal-terms">
      <SelectField
        label={t('deals.terms.deliveryMethod')}
        value={value.deliveryMethod}
        options={[
          { value: 'pickup', label: t('deals.delivery.pickup') },
          { value: 'delivery', label: t('deals.delivery.delivery') },
        ]}
        onChange={set('deliveryMethod')}
      />
      {text('warehouse', t('deals.terms.warehouse'))}
      {value.deliveryMethod === 'delivery' && text('address', t('deals.terms.address'))}
      {text('from', t('deals.terms.from'), 'date')}
      {text('to', t('deals.terms.to'), 'date')}
      <SelectField
        label={t('deals.terms.paymentMethod')}
        value={value.paymentMethod}
        options={[
          { value: 'cash_before_delivery', label: t('deals.payment.cash_before_delivery') },
          { value: 'prepayment', label: t('deals.payment.prepayment') },
          { value: 'credit', label: t('deals.payment.credit') },
        ]}
        onChange={set('paymentMethod')}
      />
      {value.paymentMethod === 'credit' && text('creditDays', t('deals.terms.creditDays'))}
      {value.paymentMethod === 'prepayment' && text('prepaymentPercent', t('deals.terms.prepaymentPercent'))}
      {text('depositYuan', t('deals.terms.deposit'))}
      {text('tolerancePerMille', t('deals.terms.tolerance'))}
      {text('objectionDays', t('deals.terms.objectionDays'))}
      <SelectField
        label={t('deals.terms.commissionKind')}
        value={value.commissionKind}
        options={[
          { value: 'per_ton', label: t('deals.commission.per_ton') },
          { value: 'spread', label: t('deals.commission.spread') },
        ]}
        onChange={set('commissionKind')}
      />
      {value.commissionKind === 'per_ton' && text('commissionYuanPerTon', t('deals.terms.commissionPerTon'))}
    </div>
  );
}
