import { dayOf, isoDateOf } from './marketCalendar';

/** Holidays brokers send greetings for (节日问候). */
export const HOLIDAY_CODES = ['new_year', 'spring_festival', 'qingming', 'labour_day', 'dragon_boat', 'mid_autumn', 'national_day'] as const;
export type HolidayCode = (typeof HOLIDAY_CODES)[number];

/** Holidays on the same Gregorian date every year, as `MM-DD`. */
const FIXED: ReadonlyArray<[HolidayCode, string]> = [
  ['new_year', '01-01'],
  ['labour_day', '05-01'],
  ['national_day', '10-01'],
];

/**
 * Holidays of the lunar calendar (and Qingming, a solar term), by year: the festival day itself,
 * from the official calendars. Years outside this table get only the fixed holidays; extend it
 * when a year is announced.
 */
const BY_YEAR: Readonly<Record<number, ReadonlyArray<[HolidayCode, string]>>> = {
  2025: [['spring_festival', '01-29'], ['qingming', '04-04'], ['dragon_boat', '05-31'], ['mid_autumn', '10-06']],
  2026: [['spring_festival', '02-17'], ['qingming', '04-05'], ['dragon_boat', '06-19'], ['mid_autumn', '09-25']],
  2027: [['spring_festival', '02-06'], ['qingming', '04-05'], ['dragon_boat', '06-09'], ['mid_autumn', '09-15']],
  2028: [['spring_festival', '01-26'], ['qingming', '04-04'], ['dragon_boat', '05-28'], ['mid_autumn', '10-03']],
};

export interface Holiday {
  code: HolidayCode;
  /** `YYYY-MM-DD`. */
  on: string;
}

/** The holidays from `from` to `to` (inclusive, `YYYY-MM-DD`), in date order. */
export function holidaysBetween(from: string, to: string): Holiday[] {
  const first = dayOf(from);
  const last = dayOf(to);
  const holidays: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const [code, monthDay] of [...FIXED, ...(BY_YEAR[year] ?? [])]) {
      const day = dayOf(`${year}-${monthDay}`);
      if (day >= first && day <= last) holidays.push({ code, on: isoDateOf(day) });
    }
  }
  return holidays.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
