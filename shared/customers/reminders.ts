import { holidaysBetween, type HolidayCode } from '../calendar/holidays';
import { dayOf, isoDateOf } from '../calendar/marketCalendar';
import { civilOfDay, dayOfCivil, daysInMonth } from '../calendar/civilDays';
import type { Contact, ContactLog } from '../model/customer';
import { pendingFollowUps } from './followUps';

/** Something to do for a customer soon, as plain data (the interface words it). */
export type Reminder =
  /** The last contact log asked for a follow-up by `dueOn`; `overdueDays` > 0 once it has passed. */
  | { kind: 'follow_up'; customerId: string; dueOn: string; overdueDays: number }
  /** The customer's lifecycle phase is decline: time to act before it is lost. */
  | { kind: 'decline'; customerId: string }
  | { kind: 'birthday'; customerId: string; contactId: string; on: string }
  /** A holiday: greet the key contacts (`contacts`: their ids, by customer). */
  | { kind: 'holiday'; code: HolidayCode; on: string; contacts: Array<{ customerId: string; contactId: string }> };

export interface ReminderInput {
  /** `YYYY-MM-DD`, market date. */
  today: string;
  /** How many days ahead to look (today counts as day 0). */
  horizonDays: number;
  contactLogs: ReadonlyArray<Pick<ContactLog, 'customerId' | 'at' | 'nextFollowUpOn'>>;
  contacts: ReadonlyArray<Pick<Contact, 'id' | 'customerId' | 'birthday' | 'isKey'>>;
  /** Customers whose lifecycle phase is decline (from the customer insights). */
  decliningCustomerIds: readonly string[];
}

/**
 * The reminders view: follow-ups due by the end of the horizon (overdue ones first, then by
 * date; only each customer's latest log counts, so a later contact without a follow-up date
 * clears an earlier one), customers in decline, contacts' birthdays and holidays within the horizon.
 */
export function collectReminders(input: ReminderInput): Reminder[] {
  const today = dayOf(input.today);
  const last = today + input.horizonDays;
  return [...followUps(input, today, last), ...input.decliningCustomerIds.map((customerId): Reminder => ({ kind: 'decline', customerId })), ...birthdays(input, today, last), ...holidays(input, last)];
}

function followUps(input: ReminderInput, today: number, last: number): Reminder[] {
  const due: Array<{ kind: 'follow_up'; customerId: string; dueOn: string; overdueDays: number }> = [];
  for (const [customerId, dueOn] of pendingFollowUps(input.contactLogs)) {
    const day = dayOf(dueOn);
    if (day <= last) due.push({ kind: 'follow_up', customerId, dueOn, overdueDays: Math.max(0, today - day) });
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

function birthdays(input: ReminderInput, today: number, last: number): Reminder[] {
  const found: Array<{ kind: 'birthday'; customerId: string; contactId: string; on: string }> = [];
  for (const contact of input.contacts) {
    if (contact.birthday === undefined) continue;
    const day = nextOccurrence(contact.birthday, today);
    if (day <= last) found.push({ kind: 'birthday', customerId: contact.customerId, contactId: contact.id, on: isoDateOf(day) });
  }
  // ISO dates sort as text.
  return found.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The first day on or after `from` that falls on `MM-DD` (29 February is kept on the 28th in other years). */
function nextOccurrence(monthDay: string, from: number): number {
  const month = Number(monthDay.slice(0, 2));
  const date = Number(monthDay.slice(3, 5));
  const { year } = civilOfDay(from);
  for (const y of [year, year + 1]) {
    const day = dayOfCivil(y, month, Math.min(date, daysInMonth(y, month)));
    if (day >= from) return day;
  }
  return Infinity;
}

function holidays(input: ReminderInput, last: number): Reminder[] {
  const keyContacts = input.contacts.filter((contact) => contact.isKey).map((contact) => ({ customerId: contact.customerId, contactId: contact.id }));
  return holidaysBetween(input.today, isoDateOf(last)).map((holiday): Reminder => ({ kind: 'holiday', code: holiday.code, on: holiday.on, contacts: keyContacts }));
}
