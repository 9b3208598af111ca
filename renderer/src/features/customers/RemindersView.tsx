import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { collectReminders, type CustomerInsight, type Reminder } from '../../../../shared/customers';
import { useServices } from '../../app/ServicesContext';
import { useToday } from '../../app/useToday';
import { EmptyState } from '../../ui/EmptyState';
import type { CustomerDirectory } from './useCustomerDirectory';

const HORIZON_DAYS = 14;
/** A group lists this many; its heading counts them all. */
const LISTED = 200;

export interface RemindersViewProps {
  directory: CustomerDirectory;
  insights: ReadonlyMap<string, CustomerInsight>;
  onOpen: (customerId: string) => void;
}

/** What to do for customers soon: follow-ups due and overdue, customers in decline, birthdays and holidays. */
export function RemindersView({ directory, insights, onOpen }: RemindersViewProps) {
  const { t } = useTranslation();
  const today = useToday(useServices().now).date;
  const reminders = useMemo(
    () =>
      collectReminders({
        today,
        horizonDays: HORIZON_DAYS,
        contactLogs: directory.contactLogs,
        contacts: directory.contacts,
        decliningCustomerIds: [...insights.values()].filter((insight) => insight.phase === 'decline').map((insight) => insight.customerId),
      }),
    [directory, insights, today],
  );
  const names = useMemo(() => new Map(directory.customers.map((customer) => [customer.id, customer.shortName ?? customer.name])), [directory]);
  const contactNames = useMemo(() => new Map(directory.contacts.map((contact) => [contact.id, contact.name])), [directory]);
  const customer = (id: string) => (
    <button type="button" className="sd-customers__link" onClick={() => onOpen(id)}>
      {names.get(id) ?? id}
    </button>
  );
  const of = <K extends Reminder['kind']>(kind: K) => reminders.filter((reminder): reminder is Extract<Reminder, { kind: K }> => reminder.kind === kind);
  const followUps = of('follow_up');
  const declining = of('decline');
  const birthdays = of('birthday');
  const holidays = of('holiday');

  if (reminders.length === 0) return <EmptyState title={t('customers.reminders.empty')} hint={t('customers.reminders.horizon', { days: HORIZON_DAYS })} />;
  return (
    <div className="sd-reminders" data-testid="reminders">
      <p className="sd-customers__muted">{t('customers.reminders.horizon', { days: HORIZON_DAYS })}</p>
      <ReminderGroup title={t('customers.reminders.followUps')} count={followUps.length} testId="reminders-follow-ups">
        {followUps.slice(0, LISTED).map((reminder) => (
          <li key={reminder.customerId} data-overdue={reminder.overdueDays > 0}>
            {customer(reminder.customerId)} <time>{reminder.dueOn}</time>{' '}
            {reminder.overdueDays > 0 ? (
              <strong className="sd-reminders__overdue">{t('customers.reminders.overdue', { days: reminder.overdueDays })}</strong>
            ) : (
              reminder.dueOn === today && t('customers.reminders.dueToday')
            )}
          </li>
        ))}
      </ReminderGroup>
      <ReminderGroup title={t('customers.reminders.decline')} count={declining.length} testId="reminders-decline">
        {declining.slice(0, LISTED).map((reminder) => (
          <li key={reminder.customerId}>{customer(reminder.customerId)}</li>
        ))}
      </ReminderGroup>
      <ReminderGroup title={t('customers.reminders.birthdays')} count={birthdays.length} testId="reminders-birthdays">
        {birthdays.slice(0, LISTED).map((reminder) => (
          <li key={reminder.contactId}>
            <time>{reminder.on}</time> {t('customers.reminders.birthday', { contact: contactNames.get(reminder.contactId) ?? '' })} · {customer(reminder.customerId)}
          </li>
        ))}
      </ReminderGroup>
      <ReminderGroup title={t('customers.reminders.holidays')} count={holidays.length} testId="reminders-holidays">
        {holidays.slice(0, LISTED).map((reminder) => (
          <li key={reminder.code}>
            <time>{reminder.on}</time> {t(`customers.holidays.${reminder.code}`)} · {t('customers.reminders.holidayContacts', { count: reminder.contacts.length })}
          </li>
        ))}
      </ReminderGroup>
    </div>
  );
}

function ReminderGroup({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <section className="sd-reminders__group" aria-label={title} data-testid={testId}>
      <h3>
        {title} ({count})
      </h3>
      <ul>{children}</ul>
      {count > LISTED && <p className="sd-customers__muted">{t('customers.reminders.more', { count: count - LISTED })}</p>}
    </section>
  );
}
