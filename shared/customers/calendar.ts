/**
 * Dates as whole numbers for the customer engines, in the market's time zone (Asia/Shanghai,
 * UTC+8 all year). A *day* counts days since 1970-01-01; a *month* is `year × 12 + (month − 1)`.
 * The engines compare integers in their loops, never strings or `Date` objects, and read dates
 * digit by digit (a large book has millions of dates to read).
 */

const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
const MARKET_OFFSET_MS = 8 * 3_600_000;
const MARKET_OFFSET_SUFFIX = '+08:00';
const DASH = 45;
const ZERO = 48;

/** The day of a `YYYY-MM-DD` date. Throws, naming the value, on anything else. */
export function dayOf(isoDate: string): number {
  const day = isoDate.length === 10 ? leadingDateDay(isoDate) : undefined;
  if (day === undefined) throw new RangeError(`customers: "${isoDate}" is not a YYYY-MM-DD date`);
  return day;
}

/** The market day of an instant written with an offset (a contact log's `at`, a request's `receivedAt`). */
export function marketDayOf(isoDateTime: string): number {
  // Written at the market (+08:00), the date part already is the market date.
  const day = isoDateTime.endsWith(MARKET_OFFSET_SUFFIX) ? leadingDateDay(isoDateTime) : undefined;
  if (day !== undefined) return day;
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) throw new RangeError(`customers: "${isoDateTime}" is not a date-time`);
  return marketDayOfMs(ms);
}

/** The market day of a Unix time in milliseconds. */
export function marketDayOfMs(ms: number): number {
  return Math.floor((ms + MARKET_OFFSET_MS) / MS_PER_DAY);
}

/** The month a day falls in. */
export function monthOfDay(day: number): number {
  const { year, month } = civilOfDay(day);
  return year * 12 + month - 1;
}

const isoDates = new Map<number, string>();

/** The `YYYY-MM-DD` date of a day (remembered: a book has a few thousand distinct days). */
export function isoDateOfDay(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) isoDates.set(day, (iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  return iso;
}

/** The day of the `YYYY-MM-DD` at the start of `text`, or undefined when it is not one. */
function leadingDateDay(text: string): number | undefined {
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const date = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  return dayOfCivil(year, month, date);
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

// Days ↔ proleptic Gregorian dates in integer arithmetic (H. Hinnant, "chrono-compatible
// low-level date algorithms"): years run March to February so the leap day comes last.

function dayOfCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilOfDay(day: number): { year: number; month: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month };
}
