/**
 * Calendar arithmetic for demo data. A day is an integer count of days since 1970-01-01, so
 * "90 days before today" is a subtraction; times are minutes after midnight in the market's
 * time zone (China Standard Time, UTC+08:00, no daylight saving).
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const MARKET_OFFSET_MINUTES = 8 * 60;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const isoByDay = new Map<number, string>();

/** The day number of an ISO date `YYYY-MM-DD`; throws on anything else. */
export function dayOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(ms).toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): "${isoDate}"`);
  }
  return ms / MS_PER_DAY;
}

/** The ISO date `YYYY-MM-DD` of a day number (memoised: demo data reuses a few hundred days). */
export function isoDate(day: number): string {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoByDay.set(day, iso);
  }
  return iso;
}

/** `YYYY-MM-DDTHH:mm:00+08:00` for a market-time minute of a day. */
export function isoDateTime(day: number, minuteOfDay: number): string {
  const dayShift = Math.floor(minuteOfDay / 1440);
  const minute = minuteOfDay - dayShift * 1440;
  return `${isoDate(day + dayShift)}T${TWO_DIGITS[Math.floor(minute / 60)]}:${TWO_DIGITS[minute % 60]}:00+08:00`;
}

/** Unix milliseconds of a market-time minute of a day (for UUIDv7 ids). */
export function epochMs(day: number, minuteOfDay: number): number {
  return day * MS_PER_DAY + (minuteOfDay - MARKET_OFFSET_MINUTES) * MS_PER_MINUTE;
}
