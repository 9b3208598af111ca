import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readContactForm, type ContactFormError, type ContactFormValues } from '../../../../../shared/customers';
import { useBook } from '../../../app/book/BookContext';
import { Button } from '../../../ui/Button';
import { errorMessage } from '../../../ui/errorMessage';
import { Field } from '../../../ui/Field';

const EMPTY: ContactFormValues = { name: '', title: '', phone: '', wechat: '', birthday: '', isKey: false };

type TextField = Exclude<keyof ContactFormValues, 'isKey'>;

/** Adds a person at the customer (联系人); a birthday feeds the reminders, a key contact the holiday greetings. */
export function ContactForm({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const book = useBook();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<ContactFormError[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const errorOf = (field: ContactFormError['field']) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error && t(`customers.contactForm.errors.${error.code}`);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = readContactForm(values);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors([]);
    try {
      await book.repository.create('contacts', { ...read.fields, customerId });
      setValues(EMPTY);
      setSaveError(undefined);
    } catch (error) {
      setSaveError(errorMessage(error));
    }
  }

  const text = (field: TextField, hint?: string) => (
    <Field label={t(`customers.contactForm.${field}`)} hint={hint} error={errorOf(field as ContactFormError['field'])}>
      {(control) => <input {...control} value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />}
    </Field>
  );

  return (
    <form className="sd-contact-form" aria-label={t('customers.contactForm.heading')} onSubmit={(event) => void submit(event)}>
      <div className="sd-contact-form__grid">
        {text('name')}
        {text('title')}
        {text('phone')}
        {text('wechat')}
        {text('birthday', t('customers.contactForm.birthdayHint'))}
      </div>
      <label className="sd-contact-form__key">
        <input type="checkbox" checked={values.isKey} onChange={(event) => setValues({ ...values, isKey: event.target.checked })} />
        {t('customers.contactForm.isKey')}
      </label>
      {saveError && (
        <p role="alert" className="sd-customers__error">
          {saveError}
        </p>
      )}
      <Button type="submit">{t('customers.contactForm.save')}</Button>
    </form>
  );
}
