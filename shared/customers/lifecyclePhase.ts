import { monthOfDay } from '../calendar/marketCalendar';
import type { DealTimelines } from './dealTimelines';
import type { LifecyclePhase } from './ladders';
import type { PhaseRules } from './options';

/**
 * Why a customer is in its phase: the rule that fired and its numbers, as data the UI renders in
 * zh-CN or en (`formatPhaseReason`). Weights are kg, summed over whole calendar months before the
 * current one.
 */
export type PhaseReason =
  | { code: 'no_deals' }
  | { code: 'few_deals'; deals: number }
  | { code: 'recent_first_deal'; daysSinceFirst: number }
  /** `basis: 'default'`: too few deals to know the rhythm, so the configured default gap stood in. */
  | { code: 'gap_beyond_usual'; daysSinceLast: number; usualGapDays: number; basis: 'own' | 'default' }
  | { code: 'volume_falling'; months: number; fromKg: number; toKg: number }
  | { code: 'volume_rising'; months: number; fromKg: number; toKg: number }
  | { code: 'steady'; months: number; monthlyKg: number };

/** A customer's lifecycle phase (absent before its first counting deal) and the reason for it. */
export interface PhaseVerdict {
  phase?: LifecyclePhase;
  reason: PhaseReason;
}

/**
 * The lifecycle phase of customer `c` from its own counting deals, by the first rule that holds:
 * 1. no counting deal → no phase;
 * 2. decline (退化期) when the days since the last deal exceed the usual gap (the `gapPercentile`
 *    of its last `rhythmGaps` gaps between deal days, or `defaultUsualGapDays` with fewer than
 *    `minGapsForRhythm` gaps) and are at least `minSilenceDays`;
 * 3. exploration (考察期) with fewer than `trialDeals` deals or a first deal within `trialDays`;
 * 4. decline when monthly volume fell `fallingMonths` times in a row;
 * 5. formation (形成期) when the last `trendMonths` months grew by `risingPercent` over the ones before;
 * 6. stability (稳定期) otherwise: trading at its usual rhythm without a marked trend.
 */
export function classifyLifecyclePhase(t: DealTimelines, c: number, today: number, rules: PhaseRules): PhaseVerdict {
  const first = t.start[c]!;
  const end = t.start[c + 1]!;
  if (end === first) return { reason: { code: 'no_deals' } };

  const gap = silenceBeyondUsualGap(t.day, first, end, today, rules);
  if (gap) return { phase: 'decline', reason: gap };

  const deals = end - first;
  if (deals < rules.trialDeals) return { phase: 'exploration', reason: { code: 'few_deals', deals } };
  const daysSinceFirst = today - t.day[first]!;
  if (daysSinceFirst <= rules.trialDays) return { phase: 'exploration', reason: { code: 'recent_first_deal', daysSinceFirst } };

  const volumes = completeMonthVolumes(t, c, today, Math.max(rules.fallingMonths + 1, 2 * rules.trendMonths, rules.steadyMonths));
  const falling = fallingRun(volumes, rules.fallingMonths);
  if (falling) return { phase: 'decline', reason: falling };
  const rising = risingTrend(volumes, rules);
  if (rising) return { phase: 'formation', reason: rising };
  const monthlyKg = Math.round(sum(volumes.slice(-rules.steadyMonths)) / rules.steadyMonths);
  return { phase: 'stability', reason: { code: 'steady', months: rules.steadyMonths, monthlyKg } };
}

function silenceBeyondUsualGap(
  day: Int32Array,
  first: number,
  end: number,
  today: number,
  rules: PhaseRules,
): Extract<PhaseReason, { code: 'gap_beyond_usual' }> | undefined {
  const daysSinceLast = today - day[end - 1]!;
  if (daysSinceLast < rules.minSilenceDays) return undefined;
  const gaps: number[] = [];
  for (let i = end - 1; i > first && gaps.length < rules.rhythmGaps; i--) {
    if (day[i]! > day[i - 1]!) gaps.push(day[i]! - day[i - 1]!);
  }
  const own = gaps.length >= rules.minGapsForRhythm;
  const usualGapDays = own ? nearestRankPercentile(gaps, rules.gapPercentile) : rules.defaultUsualGapDays;
  if (daysSinceLast <= usualGapDays) return undefined;
  return { code: 'gap_beyond_usual', daysSinceLast, usualGapDays, basis: own ? 'own' : 'default' };
}

/** The nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
function nearestRankPercentile(values: number[], p: number): number {
  const sorted = values.sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Volume in kg of each of the `count` complete months before today's month, oldest first. */
function completeMonthVolumes(t: DealTimelines, c: number, today: number, count: number): number[] {
  const volumes = new Array<number>(count).fill(0);
  const current = monthOfDay(today);
  for (let i = t.start[c + 1]! - 1; i >= t.start[c]! && t.month[i]! >= current - count; i--) {
    if (t.month[i]! < current) volumes[t.month[i]! - (current - count)]! += t.kg[i]!;
  }
  return volumes;
}

function fallingRun(volumes: readonly number[], falls: number): Extract<PhaseReason, { code: 'volume_falling' }> | undefined {
  const run = volumes.slice(-(falls + 1));
  for (let i = 1; i < run.length; i++) if (!(run[i]! < run[i - 1]!)) return undefined;
  return { code: 'volume_falling', months: falls, fromKg: run[0]!, toKg: run[run.length - 1]! };
}

function risingTrend(volumes: readonly number[], rules: PhaseRules): Extract<PhaseReason, { code: 'volume_rising' }> | undefined {
  const toKg = sum(volumes.slice(-rules.trendMonths));
  const fromKg = sum(volumes.slice(-2 * rules.trendMonths, -rules.trendMonths));
  if (toKg > fromKg && toKg * 100 >= fromKg * (100 + rules.risingPercent)) {
    return { code: 'volume_rising', months: rules.trendMonths, fromKg, toKg };
  }
  return undefined;
}

function sum(kgs: readonly number[]): number {
  return kgs.reduce((total, kg) => total + kg, 0);
}
