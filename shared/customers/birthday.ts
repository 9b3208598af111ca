import { daysInMonth } from '../calendar/civilDays';

/**
 * A birthday as `MM-DD` from `3-25`, `03/25`, `3月25日`, `03-25` or a full date `1971-03-25`;
 * null when it is not a day of the year (29 February is one).
 */
export function readBirthday(text: string): string | null {
  const match = /^(?:\d{4}[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.normalize('NFKC').replace(/\s/g, ''));
  if (!match) return null;
  const month = Number(match[1]);
  const date = Number(match[2]);
  // 2000 is a leap year, so 29 February counts.
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(2000, month)) return null;
  return `${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}
