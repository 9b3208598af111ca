import { dayOf, lastDayOfMonth, monthLabel } from '../calendar/marketCalendar';
import { countBelow } from '../sorted/countBelow';
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
  const snapshotDays = Float64Array.from({ length: window.monthCount }, (_, k) =>
    Math.min(lastDayOfMonth(window.fromMonth + k), window.asOfDay),
  );
  // Counts by [snapshot][stage] and flows by [origin + 1][destination] (origin −1: none), as flat tables.
  const counts = new Int32Array(window.monthCount * STAGE_COUNT);
  const flowCounts = new Int32Array((STAGE_COUNT + 1) * STAGE_COUNT);
  for (const standing of standings) {
    if (!book.indexOf.has(standing.customerId)) continue;
    let previous = -1;
    for (const span of standing.stageHistory) {
      const stage = ANALYTICS_STAGES.indexOf(span.stage);
      const entered = dayOf(span.enteredOn);
      const left = span.leftOn === undefined ? Infinity : dayOf(span.leftOn);
      // The snapshots a stay covers are consecutive: from the first on or after its entry.
      for (let k = countBelow(snapshotDays, entered); k < snapshotDays.length && snapshotDays[k]! < left; k++) counts[k * STAGE_COUNT + stage]!++;
      if (entered >= window.fromDay && entered <= window.asOfDay) flowCounts[(previous + 1) * STAGE_COUNT + stage]!++;
      previous = stage;
    }
  }
  return {
    byMonth: Array.from(snapshotDays, (_, k) => ({ month: monthLabel(window.fromMonth + k), counts: stageCountsAt(counts, k) })),
    flows: flowsOf(flowCounts).sort((a, b) => b.count - a.count || flowOrder(a) - flowOrder(b)),
  };
}

const STAGE_COUNT = ANALYTICS_STAGES.length;

function stageCountsAt(counts: Int32Array, k: number): StageCounts {
  return Object.fromEntries(ANALYTICS_STAGES.map((stage, s) => [stage, counts[k * STAGE_COUNT + s]!])) as StageCounts;
}

/** The moves that happened, from the table by [origin + 1][destination]. */
function flowsOf(flowCounts: Int32Array): StageFlow[] {
  const flows: StageFlow[] = [];
  flowCounts.forEach((count, cell) => {
    const origin = Math.floor(cell / STAGE_COUNT) - 1;
    if (count > 0) flows.push({ from: origin === -1 ? null : ANALYTICS_STAGES[origin]!, to: ANALYTICS_STAGES[cell % STAGE_COUNT]!, count });
  });
  return flows;
}

/** Ladder order of a flow, to list equal counts stably: by origin, then destination. */
function flowOrder(flow: StageFlow): number {
  return (flow.from === null ? 0 : ANALYTICS_STAGES.indexOf(flow.from) + 1) * 10 + ANALYTICS_STAGES.indexOf(flow.to);
}
