/**
 * Calendar arithmetic for analytics in the market's time zone (Asia/Shanghai, UTC+8 all year,
 * no daylight saving since 1991). Dates are handled as whole numbers so the metric loops compare
 * integers, never strings or `Date` objects:
 * - a *day number* counts days since 1970-01-01;
 * - a *month index* is `year × 12 + (month − 1)`.
 */

const MS_PER_DAY = 86_400_000;
const MARKET_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` calendar date. Throws on anything else. */
export function dayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`analytics: "${isoDate}" is not a YYYY-MM-DD date`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
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
