import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES, type CategoryCode } from '../../../../shared/catalogue/categories';
import {
  brokerChoices,
  customerFormValues,
  emptyCustomerForm,
  findDuplicateCustomers,
  readCustomerForm,
  type CustomerFormError,
  type CustomerFormValues,
  type DuplicateMatch,
} from '../../../../shared/customers';
import { CustomerTypeSchema, PaymentMethodSchema } from '../../../../shared/model/customer';
import { useBook } from '../../app/book/BookContext';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Field } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { useCategoryName } from '../../ui/useCategoryName';
import { ReferrerField } from './ReferrerField';
import type { CustomerDirectory, CustomerRecord } from './useCustomerDirectory';

export interface CustomerFormDialogProps {
  /** The customer to edit; a new customer when left out. */
  editing?: CustomerRecord;
  directory: CustomerDirectory;
  /** The user chose an existing customer the duplicate check named. */
  onOpenExisting: (id: string) => void;
  /** Saved (with the customer's id) or cancelled (no id). */
  onDone: (id?: string) => void;
}

type TextField = 'name' | 'shortName' | 'region' | 'city' | 'address' | 'phones' | 'monthlyTons' | 'creditLimitYuan' | 'tags' | 'notes';

/**
 * Creates or edits a customer. Every field is checked before anything is written; a new customer
 * that looks like one already in the book (same name, same phone, near-identical name) is named
 * first, and is created only when the user says it is a different company.
 */
export function CustomerFormDialog({ editing, directory, onOpenExisting, onDone }: CustomerFormDialogProps) {
  const { t } = useTranslation();
  const book = useBook();
  const categoryName = useCategoryName();
  const brokers = brokerChoices(directory.brokers, directory.pairedBrokerId, editing?.brokerId);
  const [values, setValues] = useState<CustomerFormValues>(() => (editing ? customerFormValues(editing) : emptyCustomerForm(brokers.preselected)));
  const [errors, setErrors] = useState<CustomerFormError[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [referredById, setReferredById] = useState<string | undefined>(editing?.referredById);
  const set = <K extends keyof CustomerFormValues>(field: K, value: CustomerFormValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const errorOf = (field: CustomerFormError['field']) => {
    const error = errors.find((candidate) => candidate.field === field);
    if (!error) return undefined;
    switch (error.code) {
      case 'required':
        return t('customers.form.nameRequired');
      case 'bad_phone':
        return t('customers.form.badPhone', { phone: error.phone });
      case 'bad_tonnes':
        return t('customers.form.badTonnes');
      case 'bad_amount':
        return t('customers.form.badAmount');
    }
  };

  async function save(event: FormEvent | undefined, confirmedDistinct: boolean) {
    event?.preventDefault();
    const read = readCustomerForm(values);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors([]);
    if (!editing && !confirmedDistinct) {
      const found = findDuplicateCustomers(read.fields, directory.customers);
      setDuplicates(found);
      if (found.length > 0) return;
    }
    try {
      if (editing) {
        const cleared = { shortName: undefined, city: undefined, address: undefined, notes: undefined, estimatedMonthlyKg: undefined, paymentPreference: undefined, creditLimitFen: undefined };
        await book.repository.update('customers', editing.id, { ...cleared, referredById, ...read.fields });
        onDone(editing.id);
      } else {
        const created = await book.repository.create('customers', referredById ? { ...read.fields, referredById } : read.fields);
        onDone(created.id);
      }
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  }

  const text = (field: TextField, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errorOf(field as CustomerFormError['field'])}>
      {(control) => <input {...control} value={values[field]} onChange={(event) => set(field, event.target.value)} />}
    </Field>
  );
  const nameOf = (id: string) => directory.customers.find((customer) => customer.id === id)?.name ?? id;

  return (
    <Dialog
      title={editing ? t('customers.form.editTitle') : t('customers.form.createTitle')}
      onClose={() => onDone()}
      actions={
        <>
          <Button onClick={() => onDone()}>{t('customers.form.cancel')}</Button>
          {duplicates.length > 0 ? (
            <Button variant="danger" onClick={() => void save(undefined, true)}>
              {t('customers.form.createAnyway')}
            </Button>
          ) : (
            <Button variant="primary" type="submit" form="customer-form" disabled={brokers.options.length === 0}>
              {t('customers.form.save')}
            </Button>
          )}
        </>
      }
    >
      <form id="customer-form" className="sd-customer-form" onSubmit={(event) => void save(event, false)}>
        {duplicates.length > 0 && (
          <div className="sd-customer-form__duplicates" role="alert" data-testid="duplicate-warning">
            <strong>{t('customers.form.duplicates.title')}</strong>
            <ul>
              {duplicates.map((match) => (
                <li key={match.id}>
                  <button type="button" className="sd-customers__link" onClick={() => onOpenExisting(match.id)}>
                    {t(`customers.form.duplicates.${match.reason}`, { name: nameOf(match.id) })}
                  </button>
                </li>
              ))}
            </ul>
            <p>{t('customers.form.duplicates.hint')}</p>
          </div>
        )}
        <div className="sd-customer-form__grid">
          {text('name', t('customers.form.name'))}
          {text('shortName', t('customers.form.shortName'))}
          <SelectField label={t('customers.form.type')} value={values.type} onChange={(type) => set('type', type)} options={CustomerTypeSchema.options.map((value) => ({ value, label: t(`customerType.${value}`) }))} />
          <SelectField
            label={t('customers.form.broker')}
            value={values.brokerId}
            onChange={(brokerId) => set('brokerId', brokerId)}
            options={brokers.options.map((broker) => ({ value: broker.id, label: broker.name }))}
          />
          {brokers.options.length === 0 && (
            <p role="note" className="sd-customer-form__no-brokers">
              {t('customers.form.noBrokers')}
            </p>
          )}
          {text('region', t('customers.form.region'))}
          {text('city', t('customers.form.city'))}
          {text('address', t('customers.form.address'))}
          {text('phones', t('customers.form.phones'), t('customers.form.phonesHint'))}
          {text('monthlyTons', t('customers.form.monthlyTons'))}
          <SelectField
            label={t('customers.form.payment')}
            value={values.paymentPreference ?? ''}
            onChange={(payment) => set('paymentPreference', payment)}
            options={[{ value: '' as const, label: t('customers.form.noPayment') }, ...PaymentMethodSchema.options.map((value) => ({ value, label: t(`customers.payment.${value}`) }))]}
          />
          {text('creditLimitYuan', t('customers.form.creditLimit'))}
          {text('tags', t('customers.form.tags'), t('customers.form.tagsHint'))}
        </div>
        <fieldset className="sd-customer-form__categories">
          <legend>{t('customers.form.categories')}</legend>
          {CATEGORY_CODES.map((code: CategoryCode) => (
            <label key={code}>
              <input
                type="checkbox"
                checked={values.categories.includes(code)}
                onChange={(event) => set('categories', event.target.checked ? [...values.categories, code] : values.categories.filter((c) => c !== code))}
              />
              {categoryName(code)}
            </label>
          ))}
        </fieldset>
        <ReferrerField directory={directory} value={referredById} exceptId={editing?.id} onChange={setReferredById} />
        {text('notes', t('customers.form.notes'))}
        {saveError && (
          <p role="alert" className="sd-customers__error">
            {saveError}
          </p>
        )}
      </form>
    </Dialog>
  );
}
