import { dayOf, firstDayOfMonth, isoDateOf, lastDayOfMonth, monthOf, monthLabel, monthOfDay } from '../calendar/marketCalendar';
import type { AnalyticsPeriod } from './filter';

/** Months analysed when the filter names no period. */
export const DEFAULT_PERIOD_MONTHS = 12;

/**
 * The analysed period resolved against today, as day numbers and month indexes (see calendar.ts).
 * The period is cut at today's month: months that have not begun are not analysed.
 */
export interface AnalyticsWindow {
  fromMonth: number;
  /** Last analysed month; `toMonth < fromMonth` when the period lies wholly in the future. */
  toMonth: number;
  /** Number of analysed months (0 for a future period). */
  monthCount: number;
  fromDay: number;
  /** The day the metrics are computed as of: the period's last day, or today if earlier. */
  asOfDay: number;
  /** The period of the same length just before this one (for churn). */
  previousFromMonth: number;
  previousFromDay: number;
}

/** The window, as plain labels for the result. */
export interface PeriodLabels {
  from: string;
  to: string;
  asOf: string;
  months: string[];
}

/** Resolves the filter's period (`YYYY-MM` inclusive) against `today` (`YYYY-MM-DD`). */
export function resolveWindow(period: AnalyticsPeriod | undefined, today: string): AnalyticsWindow {
  const todayDay = dayOf(today);
  const todayMonth = monthOfDay(todayDay);
  const fromMonth = period ? monthOf(period.from) : todayMonth - DEFAULT_PERIOD_MONTHS + 1;
  const requestedTo = period ? monthOf(period.to) : todayMonth;
  if (requestedTo < fromMonth) {
    throw new Error(`analytics period: from ${monthLabel(fromMonth)} is after to ${monthLabel(requestedTo)}`);
  }
  const toMonth = Math.min(requestedTo, todayMonth);
  const monthCount = Math.max(0, toMonth - fromMonth + 1);
  const previousFromMonth = fromMonth - monthCount;
  return {
    fromMonth,
    toMonth,
    monthCount,
    fromDay: firstDayOfMonth(fromMonth),
    asOfDay: Math.min(lastDayOfMonth(requestedTo), todayDay),
    previousFromMonth,
    previousFromDay: firstDayOfMonth(previousFromMonth),
  };
}

export function periodLabels(window: AnalyticsWindow): PeriodLabels {
  return {
    from: monthLabel(window.fromMonth),
    to: monthLabel(window.toMonth),
    asOf: isoDateOf(window.asOfDay),
    months: Array.from({ length: window.monthCount }, (_, k) => monthLabel(window.fromMonth + k)),
  };
}
