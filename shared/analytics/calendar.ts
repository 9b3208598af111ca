/**
 * Calendar arithmetic for analytics in the market's time zone (Asia/Shanghai, UTC+8 all year,
 * no daylight saving since 1991). Dates are handled as whole numbers so the metric loops compare
 * integers, never strings or `Date` objects:
 * - a *day number* counts days since 1970-01-01;
 * - a *month index* is `year × 12 + (month − 1)`.
 */

const MS_PER_DAY = 86_400_000;
const MARKET_OFFSET_MS = 8 * 3_600_000;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DASH = 45;
const ZERO = 48;

/** Day number of a `YYYY-MM-DD` calendar date. Throws on anything else. */
export function dayNumber(isoDate: string): number {
  const day = isoDate.length === 10 ? leadingDayNumber(isoDate) : NaN;
  if (Number.isNaN(day)) throw new Error(`analytics: "${isoDate}" is not a YYYY-MM-DD date`);
  return day;
}

/**
 * Day number of the `YYYY-MM-DD` that `text` starts with (a date, or the date part of a date-time),
 * `NaN` when it does not. Reads character codes and does integer arithmetic only: the analytics
 * convert a date per deal and per contact log, hundreds of thousands of times.
 */
export function leadingDayNumber(text: string): number {
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  return daysFromCivil(year, month, day);
}

/** The number written by `length` decimal digits of `text` from `from`; `NaN` on a non-digit. */
function digits(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Day number, in the market's time zone, of an instant with an explicit offset (e.g. a contact log's `at`). */
export function marketDayNumber(isoDateTime: string): number {
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) throw new Error(`analytics: "${isoDateTime}" is not a date-time`);
  return Math.floor((ms + MARKET_OFFSET_MS) / MS_PER_DAY);
}

/** Month index of a `YYYY-MM` month. Throws on anything else. */
export function monthIndexOf(isoMonth: string): number {
  const match = ISO_MONTH.exec(isoMonth);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new Error(`analytics: "${isoMonth}" is not a YYYY-MM month`);
  return Number(match[1]) * 12 + month - 1;
}

/** Month index of the month a day number falls in. */
export function monthOfDay(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** `YYYY-MM` label of a month index. */
export function monthLabel(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${year}-${String(monthIndex - year * 12 + 1).padStart(2, '0')}`;
}

/** Day number of the first day of a month. */
export function firstDayOfMonth(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return Date.UTC(year, monthIndex - year * 12, 1) / MS_PER_DAY;
}

/** Day number of the last day of a month. */
export function lastDayOfMonth(monthIndex: number): number {
  return firstDayOfMonth(monthIndex + 1) - 1;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
