import { dayOf, lastDayOfMonth, monthOf } from '../calendar/marketCalendar';
import { churn } from './churn';
import { cohortCellCustomers } from './cohortRetention';
import type { PreparedBook } from './prepare';
import { RETURN_WINDOWS_DAYS } from './repeatPurchase';
import { rfm, type RfmSegment } from './rfm';
import type { AnalyticsPhase, AnalyticsStage, CustomerStanding } from './standing';

/** A step of the four-rate funnel, each standing for the customers in its numerator. */
export type FunnelStep = 'coverage' | 'conversion' | 'repeatPurchase' | 'penetration';

/** A mark of a chart (a cohort cell, a bar) whose customers the user asked to see. */
export type DrillTarget =
  | { kind: 'cohortCell'; cohort: string; k: number }
  | { kind: 'repeatMonth'; month: string }
  | { kind: 'returnWithin'; days: number }
  | { kind: 'funnel'; step: FunnelStep }
  | { kind: 'stage'; month: string; stage: AnalyticsStage }
  | { kind: 'stageFlow'; from: AnalyticsStage | null; to: AnalyticsStage }
  | { kind: 'phase'; phase: AnalyticsPhase }
  | { kind: 'churned' }
  | { kind: 'rfmSegment'; segment: RfmSegment };

/**
 * The ids of the customers behind a chart mark, in book order, counted exactly as the metric
 * counts them (see each metric's TSDoc):
 * - `cohortCell`: first deal in the cohort month and ≥ 1 deal k months later;
 * - `repeatMonth`: ≥ 2 deals in that month;
 * - `returnWithin`: acquired in the period, window elapsed, another deal within N days;
 * - `funnel`: the numerator of the rate: in contact (coverage), with a deal by the as-of day
 *   (conversion), with ≥ 2 deals in the period (repeat purchase), with an estimate and tonnes
 *   through us in the period (penetration);
 * - `stage`: in that stage on the month's last day (or the as-of day); `stageFlow`: entered `to`
 *   from `from` in the period; `phase`: now in that phase;
 * - `churned`: active in the previous period, not in this one; `rfmSegment`: in that segment.
 * Stage and phase targets need the standings; without them they list nobody.
 */
export function drillDownCustomers(book: PreparedBook, standings: readonly CustomerStanding[] | undefined, target: DrillTarget): string[] {
  switch (target.kind) {
    case 'cohortCell':
      return cohortCellCustomers(book, target.cohort, target.k);
    case 'repeatMonth':
      return customersWhere(book, (c) => dealsInMonth(book, c, monthOf(target.month)) >= 2);
    case 'returnWithin':
      return returnedWithin(book, target.days);
    case 'funnel':
      return funnelCustomers(book, target.step);
    case 'churned':
      return churn(book).churnedCustomerIds;
    case 'rfmSegment':
      return rfm(book)
        .customers.filter((row) => row.segment === target.segment)
        .map((row) => row.customerId);
    case 'stage': {
      const day = Math.min(lastDayOfMonth(monthOf(target.month)), book.window.asOfDay);
      return standingsWhere(book, standings, (standing) =>
        standing.stageHistory.some((span) => span.stage === target.stage && dayOf(span.enteredOn) <= day && (span.leftOn === undefined || day < dayOf(span.leftOn))),
      );
    }
    case 'stageFlow':
      return standingsWhere(book, standings, (standing) =>
        standing.stageHistory.some((span, s) => {
          const entered = dayOf(span.enteredOn);
          const from = standing.stageHistory[s - 1]?.stage ?? null;
          return span.stage === target.to && from === target.from && entered >= book.window.fromDay && entered <= book.window.asOfDay;
        }),
      );
    case 'phase':
      return standingsWhere(book, standings, (standing) => standing.phase === target.phase);
  }
}

function customersWhere(book: PreparedBook, keep: (c: number) => boolean): string[] {
  const ids: string[] = [];
  book.customers.forEach((customer, c) => {
    if (keep(c)) ids.push(customer.id);
  });
  return ids;
}

/** The selected customers whose standing passes, in book order. */
function standingsWhere(book: PreparedBook, standings: readonly CustomerStanding[] | undefined, keep: (standing: CustomerStanding) => boolean): string[] {
  const kept = new Set<string>();
  for (const standing of standings ?? []) if (book.indexOf.has(standing.customerId) && keep(standing)) kept.add(standing.customerId);
  return book.customers.filter((customer) => kept.has(customer.id)).map((customer) => customer.id);
}

function dealsInMonth(book: PreparedBook, c: number, month: number): number {
  const { facts } = book;
  let deals = 0;
  for (let f = facts.start[c]!; f < facts.start[c + 1]!; f++) if (facts.month[f] === month) deals++;
  return deals;
}

function returnedWithin(book: PreparedBook, days: number): string[] {
  if (!(RETURN_WINDOWS_DAYS as readonly number[]).includes(days)) throw new RangeError(`return window of ${days} days is not one of ${RETURN_WINDOWS_DAYS.join('/')}`);
  const { facts, window } = book;
  return customersWhere(book, (c) => {
    const first = facts.start[c]!;
    const end = facts.start[c + 1]!;
    if (first === end) return false;
    const firstDay = facts.day[first]!;
    if (firstDay < window.fromDay || firstDay + days > window.asOfDay) return false;
    for (let f = first + 1; f < end; f++) if (facts.day[f]! > firstDay) return facts.day[f]! - firstDay <= days;
    return false;
  });
}

function funnelCustomers(book: PreparedBook, step: FunnelStep): string[] {
  const { summaries } = book;
  switch (step) {
    case 'coverage':
      return customersWhere(book, (c) => book.contacted[c] === 1);
    case 'conversion':
      return customersWhere(book, (c) => summaries.lifetimeDeals[c]! > 0);
    case 'repeatPurchase':
      return customersWhere(book, (c) => summaries.periodDeals[c]! >= 2);
    case 'penetration':
      return customersWhere(book, (c) => (book.customers[c]!.estimatedMonthlyKg ?? 0) > 0 && summaries.periodKg[c]! > 0);
  }
}
