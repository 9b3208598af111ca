import { dayOf, lastDayOfMonth, monthLabel } from '../calendar/marketCalendar';
import type { PreparedBook } from './prepare';
import { ANALYTICS_STAGES, type AnalyticsStage, type CustomerStanding } from './standing';

export type StageCounts = Record<AnalyticsStage, number>;

/** Customers that entered `to` in the period, coming from `from` (`null`: their first stage). */
export interface StageFlow {
  from: AnalyticsStage | null;
  to: AnalyticsStage;
  count: number;
}

export interface StageDistribution {
  /** Stage counts at the end of each month of the period (the last one as of the as-of day). */
  byMonth: Array<{ month: string; counts: StageCounts }>;
  /** Moves between stages in the period, largest first. */
  flows: StageFlow[];
}

/**
 * Stage distribution 客户发展阶段分布 and movements.
 * - Distribution: for each month of the period, the selected customers by the stage they were in
 *   on the month's last day (or the as-of day); a stay covers the days from `enteredOn` up to,
 *   not including, `leftOn`.
 * - Flows: each stage entered in the period (entry day from the period's start to the as-of day)
 *   counts one move from the stage before it (`null` for a customer's first stage).
 * Customers without a standing are not counted.
 */
export function stageDistribution(book: PreparedBook, standings: readonly CustomerStanding[]): StageDistribution {
  const { window } = book;
  const snapshotDays = Array.from({ length: window.monthCount }, (_, k) =>
    Math.min(lastDayOfMonth(window.fromMonth + k), window.asOfDay),
  );
  const counts = snapshotDays.map(emptyStageCounts);
  const flows = new Map<string, StageFlow>();
  for (const standing of standings) {
    if (!book.indexOf.has(standing.customerId)) continue;
    standing.stageHistory.forEach((span, s) => {
      const entered = dayOf(span.enteredOn);
      const left = span.leftOn === undefined ? Infinity : dayOf(span.leftOn);
      snapshotDays.forEach((day, k) => {
        if (entered <= day && day < left) counts[k]![span.stage]++;
      });
      if (entered < window.fromDay || entered > window.asOfDay) return;
      const from = standing.stageHistory[s - 1]?.stage ?? null;
      const key = `${from}>${span.stage}`;
      const flow = flows.get(key) ?? { from, to: span.stage, count: 0 };
      flow.count++;
      flows.set(key, flow);
    });
  }
  return {
    byMonth: counts.map((stageCounts, k) => ({ month: monthLabel(window.fromMonth + k), counts: stageCounts })),
    flows: [...flows.values()].sort((a, b) => b.count - a.count || flowOrder(a) - flowOrder(b)),
  };
}

function emptyStageCounts(): StageCounts {
  return { peripheral: 0, potential: 0, real: 0, loyal: 0 };
}

/** Ladder order of a flow, to list equal counts stably: by origin, then destination. */
function flowOrder(flow: StageFlow): number {
  return (flow.from === null ? 0 : ANALYTICS_STAGES.indexOf(flow.from) + 1) * 10 + ANALYTICS_STAGES.indexOf(flow.to);
}
