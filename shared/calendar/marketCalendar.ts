/**
 * Dates as whole numbers in the market's time zone (Asia/Shanghai, UTC+08:00 all year, no
 * daylight saving since 1991), so hot loops over hundreds of thousands of deals compare integers,
 * never strings or `Date` objects:
 * - a *day* counts days since 1970-01-01 ("90 days before" is a subtraction);
 * - a *month* is `year × 12 + (month − 1)`;
 * - a *minute of day* counts minutes after midnight, market time.
 * Dates are read character by character and converted in integer arithmetic.
 */

import { civilOfDay, dayOfCivil, daysInMonth } from './civilDays';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const MARKET_OFFSET_MINUTES = 8 * 60;
const MARKET_OFFSET_MS = MARKET_OFFSET_MINUTES * MS_PER_MINUTE;
const MARKET_OFFSET_SUFFIX = '+08:00';
const DASH = 45;
const ZERO = 48;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** The day of a `YYYY-MM-DD` calendar date. Throws a `RangeError`, naming the value, on anything else. */
export function dayOf(isoDate: string): number {
  const day = isoDate.length === 10 ? leadingDayOf(isoDate) : NaN;
  if (Number.isNaN(day)) throw new RangeError(`calendar: "${isoDate}" is not a YYYY-MM-DD date`);
  return day;
}

/**
 * The day of the `YYYY-MM-DD` calendar date that `text` starts with (a date, or the date part of
 * a date-time); `NaN` when it does not start with one.
 */
export function leadingDayOf(text: string): number {
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const date = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || date < 1 || (date > 28 && date > daysInMonth(year, month))) return NaN;
  return dayOfCivil(year, month, date);
}

/** The number written by `count` decimal digits of `text` from `from`; −1 on a non-digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The market day of an instant written with an offset (a contact log's `at`, a request's
 * `receivedAt`). Throws a `RangeError`, naming the value, when it is not a date-time.
 */
export function marketDayOf(isoDateTime: string): number {
  // Written at the market (+08:00), the date part already is the market date.
  const day = isoDateTime.endsWith(MARKET_OFFSET_SUFFIX) ? leadingDayOf(isoDateTime) : NaN;
  if (!Number.isNaN(day)) return day;
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) throw new RangeError(`calendar: "${isoDateTime}" is not a date-time`);
  return marketDayOfMs(ms);
}

/** The market day of a Unix time in milliseconds. */
export function marketDayOfMs(ms: number): number {
  return Math.floor((ms + MARKET_OFFSET_MS) / MS_PER_DAY);
}

/** Unix milliseconds of a market-time minute of a day (for UUIDv7 ids). */
export function epochMs(day: number, minuteOfDay: number): number {
  return day * MS_PER_DAY + (minuteOfDay - MARKET_OFFSET_MINUTES) * MS_PER_MINUTE;
}

const isoDates = new Map<number, string>();

/** The `YYYY-MM-DD` date of a day (remembered: a book has a few thousand distinct days). */
export function isoDateOf(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) isoDates.set(day, (iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  return iso;
}

/** `YYYY-MM-DDTHH:mm:00+08:00` of a market-time minute of a day (minutes past 1440 run into the next days). */
export function isoDateTime(day: number, minuteOfDay: number): string {
  const dayShift = Math.floor(minuteOfDay / 1440);
  const minute = minuteOfDay - dayShift * 1440;
  return `${isoDateOf(day + dayShift)}T${TWO_DIGITS[Math.floor(minute / 60)]}:${TWO_DIGITS[minute % 60]}:00${MARKET_OFFSET_SUFFIX}`;
}

/** The month of a `YYYY-MM` month. Throws a `RangeError`, naming the value, on anything else. */
export function monthOf(isoMonth: string): number {
  const year = isoMonth.length === 7 && isoMonth.charCodeAt(4) === DASH ? digitsAt(isoMonth, 0, 4) : -1;
  const month = digitsAt(isoMonth, 5, 2);
  if (year < 0 || month < 1 || month > 12) throw new RangeError(`calendar: "${isoMonth}" is not a YYYY-MM month`);
  return year * 12 + month - 1;
}

/** The month a day falls in. */
export function monthOfDay(day: number): number {
  const { year, month } = civilOfDay(day);
  return year * 12 + month - 1;
}

/** The `YYYY-MM` label of a month. */
export function monthLabel(month: number): string {
  const year = Math.floor(month / 12);
  return `${year}-${TWO_DIGITS[month - year * 12 + 1]}`;
}

/** The first day of a month. */
export function firstDayOfMonth(month: number): number {
  const year = Math.floor(month / 12);
  return dayOfCivil(year, month - year * 12 + 1, 1);
}

/** The last day of a month. */
export function lastDayOfMonth(month: number): number {
  return firstDayOfMonth(month + 1) - 1;
}
