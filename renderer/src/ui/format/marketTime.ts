/** The steel spot market's time zone: dates in the model are calendar dates here. */
export const MARKET_TIME_ZONE = 'Asia/Shanghai';

function parts(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...options }).formatToParts(instant)) {
    found[part.type] = part.value;
  }
  return found;
}

/** The calendar date of `instant` in the market's time zone, `YYYY-MM-DD`. */
export function marketDate(instant: Date, timeZone = MARKET_TIME_ZONE): string {
  const p = parts(instant, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/** The month of `instant` in the market's time zone, `YYYY-MM`. */
export function marketMonth(instant: Date, timeZone = MARKET_TIME_ZONE): string {
  return marketDate(instant, timeZone).slice(0, 7);
}

/** Date and minute of `instant` in the market's time zone, `YYYY-MM-DD HH:mm`. */
export function marketDateTime(instant: Date, timeZone = MARKET_TIME_ZONE): string {
  const p = parts(instant, timeZone, { hour: '2-digit', minute: '2-digit' });
  return `${marketDate(instant, timeZone)} ${p.hour}:${p.minute}`;
}

/** The zone's offset from UTC at `instant`, e.g. `UTC+08:00` (`UTC+00:00` for UTC itself). */
export function utcOffsetLabel(instant: Date, timeZone = MARKET_TIME_ZONE): string {
  const name = parts(instant, timeZone, { timeZoneName: 'longOffset' }).timeZoneName ?? 'GMT';
  return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}
