/**
 * Dates as whole numbers for the customer engines, in the market's time zone (Asia/Shanghai,
 * UTC+8 all year). A *day* counts days since 1970-01-01; a *month* is `year × 12 + (month − 1)`.
 * The engines compare integers in their loops, never strings or `Date` objects.
 */

const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991. */
const MARKET_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day of a `YYYY-MM-DD` date. Throws, naming the value, on anything else. */
export function dayOf(isoDate: string): number {
  const parts = ISO_DATE.exec(isoDate);
  if (!parts) throw new RangeError(`customers: "${isoDate}" is not a YYYY-MM-DD date`);
  return Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])) / MS_PER_DAY;
}

/** `dayOf` remembering its answers: deals of a large book share a few hundred dates. */
export function memoizedDayOf(): (isoDate: string) => number {
  const days = new Map<string, number>();
  return (isoDate) => {
    let day = days.get(isoDate);
    if (day === undefined) days.set(isoDate, (day = dayOf(isoDate)));
    return day;
  };
}

const MARKET_OFFSET_SUFFIX = '+08:00';

/** The market day of an instant written with an offset (a contact log's `at`, a request's `receivedAt`). */
export function marketDayOf(isoDateTime: string): number {
  // Written at the market (+08:00), the date part already is the market date.
  if (isoDateTime.endsWith(MARKET_OFFSET_SUFFIX)) return dayOf(isoDateTime.slice(0, 10));
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) throw new RangeError(`customers: "${isoDateTime}" is not a date-time`);
  return marketDayOfMs(ms);
}

/** The market day of a Unix time in milliseconds. */
export function marketDayOfMs(ms: number): number {
  return Math.floor((ms + MARKET_OFFSET_MS) / MS_PER_DAY);
}

/** The month of a `YYYY-MM-DD` date, read from its digits (the date is assumed valid). */
export function monthOfIsoDate(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

/** The month a day falls in. */
export function monthOfDay(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The `YYYY-MM-DD` date of a day. */
export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
