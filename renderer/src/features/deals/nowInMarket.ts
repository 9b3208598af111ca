import { epochMs, isoDateTime, marketDayOfMs } from '../../../../shared/calendar/marketCalendar';

const MS_PER_MINUTE = 60_000;

/** An instant as the model stores it, to the minute in market time: `2026-11-23T10:05:00+08:00`. */
export function nowInMarket(instant: Date): string {
  const ms = instant.getTime();
  const day = marketDayOfMs(ms);
  return isoDateTime(day, Math.floor((ms - epochMs(day, 0)) / MS_PER_MINUTE));
}
