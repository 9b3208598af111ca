import { describe, expect, it } from 'vitest';
import { collectReminders, type ReminderInput } from '../../../../shared/customers';

const base: ReminderInput = { today: '2026-12-06', horizonDays: 14, contactLogs: [], contacts: [], decliningCustomerIds: [] };

describe('collectReminders', () => {
  it('lists follow-ups due within the horizon, overdue first, from each customer’s latest log only', () => {
    const reminders = collectReminders({
      ...base,
      contactLogs: [
        { customerId: 'late', at: '2026-11-20T10:00:00+08:00', nextFollowUpOn: '2026-12-01' },
        { customerId: 'soon', at: '2026-12-05T10:00:00+08:00', nextFollowUpOn: '2026-12-10' },
        { customerId: 'far', at: '2026-12-05T10:00:00+08:00', nextFollowUpOn: '2027-01-30' },
        // An earlier follow-up date is superseded by a later log without one.
        { customerId: 'cleared', at: '2026-11-01T10:00:00+08:00', nextFollowUpOn: '2026-11-05' },
        { customerId: 'cleared', at: '2026-11-06T10:00:00+08:00' },
      ],
    });
    expect(reminders).toEqual([
      { kind: 'follow_up', customerId: 'late', dueOn: '2026-12-01', overdueDays: 5 },
      { kind: 'follow_up', customerId: 'soon', dueOn: '2026-12-10', overdueDays: 0 },
    ]);
  });

  it('lists customers in decline', () => {
    expect(collectReminders({ ...base, decliningCustomerIds: ['x'] })).toEqual([{ kind: 'decline', customerId: 'x' }]);
  });

  it('finds birthdays in the horizon, across the turn of the year', () => {
    const reminders = collectReminders({
      ...base,
      today: '2026-12-25',
      contacts: [
        { id: 'k1', customerId: 'c1', birthday: '01-03', isKey: false },
        { id: 'k2', customerId: 'c1', birthday: '12-26', isKey: false },
        { id: 'k3', customerId: 'c2', birthday: '06-01', isKey: false },
      ],
    }).filter((reminder) => reminder.kind === 'birthday');
    expect(reminders).toEqual([
      { kind: 'birthday', customerId: 'c1', contactId: 'k2', on: '2026-12-26' },
      { kind: 'birthday', customerId: 'c1', contactId: 'k1', on: '2027-01-03' },
    ]);
  });

  it('keeps a 29 February birthday on 28 February in other years', () => {
    const reminders = collectReminders({ ...base, today: '2027-02-20', contacts: [{ id: 'k', customerId: 'c', birthday: '02-29', isKey: false }] });
    expect(reminders).toEqual([{ kind: 'birthday', customerId: 'c', contactId: 'k', on: '2027-02-28' }]);
  });

  it('names holidays in the horizon with the key contacts to greet', () => {
    const reminders = collectReminders({
      ...base,
      today: '2026-09-20',
      contacts: [
        { id: 'key', customerId: 'c1', isKey: true },
        { id: 'other', customerId: 'c1', isKey: false },
      ],
    });
    expect(reminders).toEqual([
      { kind: 'holiday', code: 'mid_autumn', on: '2026-09-25', contacts: [{ customerId: 'c1', contactId: 'key' }] },
      { kind: 'holiday', code: 'national_day', on: '2026-10-01', contacts: [{ customerId: 'c1', contactId: 'key' }] },
    ]);
  });
});
