import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { epochMs, isoDateOf, isoDateTime, leadingDayOf, marketDayOfMs } from '../../../../../shared/calendar/marketCalendar';
import { ContactChannelSchema, type ContactChannel } from '../../../../../shared/model/customer';
import { useBook } from '../../../app/book/BookContext';
import { useServices } from '../../../app/ServicesContext';
import { Button } from '../../../ui/Button';
import { errorMessage } from '../../../ui/errorMessage';
import { Field } from '../../../ui/Field';
import { SelectField } from '../../../ui/SelectField';
import type { ContactRecord, CustomerRecord } from '../useCustomerDirectory';

const CHANNELS = ContactChannelSchema.options;

/**
 * Logs a contact (跟进记录) with its next follow-up. The first contact with a customer also records
 * `firstContactOn`, in the same transaction: that and the log are what the stage engine reads to
 * turn a peripheral customer into a potential one.
 */
export function ContactLogForm({ customer, contacts }: { customer: CustomerRecord; contacts: readonly ContactRecord[] }) {
  const { t } = useTranslation();
  const book = useBook();
  const { now } = useServices();
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [contactId, setContactId] = useState('');
  const [summary, setSummary] = useState('');
  const [nextFollowUpOn, setNextFollowUpOn] = useState('');
  const [errors, setErrors] = useState<{ summary?: string; date?: string; save?: string }>({});
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (summary.trim() === '') found.summary = t('customers.contactLog.summaryRequired');
    if (nextFollowUpOn !== '' && Number.isNaN(leadingDayOf(nextFollowUpOn))) found.date = t('customers.contactLog.badDate');
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) return;
    const ms = now().getTime();
    const day = marketDayOfMs(ms);
    const log = {
      customerId: customer.id,
      brokerId: customer.brokerId,
      at: isoDateTime(day, Math.floor((ms - epochMs(day, 0)) / 60_000)),
      channel,
      summary: summary.trim(),
      ...(contactId ? { contactId } : {}),
      ...(nextFollowUpOn ? { nextFollowUpOn } : {}),
    };
    try {
      await book.repository.atomically(['contactLogs', 'customers'], async () => {
        await book.repository.create('contactLogs', log);
        if (customer.firstContactOn === undefined) await book.repository.update('customers', customer.id, { firstContactOn: isoDateOf(day) });
      });
      setSummary('');
      setNextFollowUpOn('');
      setSaved(true);
    } catch (error) {
      setErrors({ save: errorMessage(error) });
    }
  }

  return (
    <form className="sd-contact-log-form" aria-label={t('customers.contactLog.title')} onSubmit={submit}>
      <div className="sd-contact-log-form__row">
        <SelectField label={t('customers.contactLog.channel')} value={channel} onChange={setChannel} options={CHANNELS.map((value) => ({ value, label: t(`customers.channels.${value}`) }))} />
        <SelectField
          label={t('customers.contactLog.contact')}
          value={contactId}
          onChange={setContactId}
          options={[{ value: '', label: t('customers.contactLog.anyContact') }, ...contacts.map((contact) => ({ value: contact.id, label: contact.name }))]}
        />
        <Field label={t('customers.contactLog.nextFollowUp')} error={errors.date}>
          {(control) => <input {...control} type="date" value={nextFollowUpOn} onChange={(event) => setNextFollowUpOn(event.target.value)} />}
        </Field>
      </div>
      <Field label={t('customers.contactLog.summary')} error={errors.summary}>
        {(control) => <textarea {...control} rows={2} value={summary} onChange={(event) => setSummary(event.target.value)} />}
      </Field>
      {errors.save && (
        <p role="alert" className="sd-customers__error">
          {errors.save}
        </p>
      )}
      <div className="sd-contact-log-form__actions">
        {saved && <span role="status">{t('customers.contactLog.saved')}</span>}
        <Button type="submit" variant="primary">
          {t('customers.contactLog.save')}
        </Button>
      </div>
    </form>
  );
}
