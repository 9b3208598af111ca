import { GRADE_CODES, type EarnedGradeCode } from './ladders';

/** When a customer counts as loyal (忠诚): enough deals, spread over enough months, in a recent window. */
export interface LoyaltyRule {
  /** Counting deals needed in the window. */
  minDeals: number;
  /** Distinct calendar months those deals must fall in. */
  minDistinctMonths: number;
  /** The window, in days, ending on the day judged (365 = the last 12 months). */
  windowDays: number;
}

/** The thresholds of the lifecycle phase rules (see `classifyLifecyclePhase`). */
export interface PhaseRules {
  /** Fewer counting deals than this: still exploring (考察期). */
  trialDeals: number;
  /** A first deal at most this many days ago: still exploring. */
  trialDays: number;
  /** The percentile of the customer's own inter-deal gaps that bounds its usual gaps. */
  gapPercentile: number;
  /** How many of the most recent gaps define the usual rhythm. */
  rhythmGaps: number;
  /** With fewer gaps than this, the rhythm is unknown and `defaultUsualGapDays` stands in. */
  minGapsForRhythm: number;
  defaultUsualGapDays: number;
  /** A silence shorter than this is never a decline, however regular the customer. */
  minSilenceDays: number;
  /** Month-on-month falls in a row (over complete months) that make a decline. */
  fallingMonths: number;
  /** Recent and earlier periods, in complete months, compared to find rising volume. */
  trendMonths: number;
  /** Growth of the recent period over the earlier one, in percent, that counts as rising. */
  risingPercent: number;
  /** Complete months averaged to describe a steady customer's volume. */
  steadyMonths: number;
}

/** Points per unit of contribution in the grade score. */
export interface GradePoints {
  perTonne: number;
  perMarginYuan: number;
  /** Per referred customer who traded in the window. */
  perReferral: number;
  /** Per settled deal the customer paid late (negative: it costs points). */
  perLatePayment: number;
  /** Per deal disputed with the customer's side, open or resolved (negative: it costs points). */
  perDispute: number;
  /** Per star above 3 of each rating received (a 1-star rating gives −2 × this). */
  perRatingStarAboveThree: number;
}

/** How contribution becomes a grade. */
export interface GradeRules {
  /** The rolling window of contribution, in days, ending today. */
  windowDays: number;
  /** Score at which each grade is reached. Ascending. */
  thresholds: Record<EarnedGradeCode, number>;
  /** A customer keeps a grade until its score falls below threshold × (1 − this ÷ 100). */
  hysteresisPercent: number;
  points: GradePoints;
}

export interface InsightOptions {
  loyalty: LoyaltyRule;
  phase: PhaseRules;
  grade: GradeRules;
}

/** Options as callers give them: any field may be left out and takes its default. */
export interface InsightOptionsInput {
  loyalty?: Partial<LoyaltyRule>;
  phase?: Partial<PhaseRules>;
  grade?: Partial<Omit<GradeRules, 'thresholds' | 'points'>> & {
    thresholds?: Partial<GradeRules['thresholds']>;
    points?: Partial<GradePoints>;
  };
}

/**
 * Defaults. Loyalty follows DOMAIN.md (≥ 6 deals in the last 12 months over ≥ 4 months). Grade
 * points weigh a tonne like ¥20 of margin (a typical per-tonne commission), so a buyer of about
 * 500 t a year is 银牌 and one of 6,000 t 钻石. A dispute costs less than a late payment: it is
 * not always the customer's fault, so it lowers the score a little (30 t of business) but never
 * sinks a good customer alone.
 */
export const DEFAULT_INSIGHT_OPTIONS: InsightOptions = {
  loyalty: { minDeals: 6, minDistinctMonths: 4, windowDays: 365 },
  phase: {
    trialDeals: 3,
    trialDays: 90,
    gapPercentile: 80,
    rhythmGaps: 12,
    minGapsForRhythm: 3,
    defaultUsualGapDays: 60,
    minSilenceDays: 14,
    fallingMonths: 3,
    trendMonths: 3,
    risingPercent: 20,
    steadyMonths: 6,
  },
  grade: {
    windowDays: 365,
    thresholds: { silver: 500, gold: 2000, diamond: 6000 },
    hysteresisPercent: 10,
    points: { perTonne: 1, perMarginYuan: 0.05, perReferral: 100, perLatePayment: -50, perDispute: -30, perRatingStarAboveThree: 10 },
  },
};

/** Fills the defaults in and checks the result; throws a RangeError naming the bad option. */
export function resolveInsightOptions(input: InsightOptionsInput = {}): InsightOptions {
  const base = DEFAULT_INSIGHT_OPTIONS;
  const options: InsightOptions = {
    loyalty: { ...base.loyalty, ...input.loyalty },
    phase: { ...base.phase, ...input.phase },
    grade: {
      ...base.grade,
      ...input.grade,
      thresholds: { ...base.grade.thresholds, ...input.grade?.thresholds },
      points: { ...base.grade.points, ...input.grade?.points },
    },
  };
  checkOptions(options);
  return options;
}

function checkOptions({ loyalty, phase, grade }: InsightOptions): void {
  const positive: Array<[string, number]> = [
    ['loyalty.minDeals', loyalty.minDeals],
    ['loyalty.minDistinctMonths', loyalty.minDistinctMonths],
    ['loyalty.windowDays', loyalty.windowDays],
    ['phase.trialDeals', phase.trialDeals],
    ['phase.rhythmGaps', phase.rhythmGaps],
    ['phase.minGapsForRhythm', phase.minGapsForRhythm],
    ['phase.defaultUsualGapDays', phase.defaultUsualGapDays],
    ['phase.fallingMonths', phase.fallingMonths],
    ['phase.trendMonths', phase.trendMonths],
    ['phase.steadyMonths', phase.steadyMonths],
    ['grade.windowDays', grade.windowDays],
  ];
  for (const [name, value] of positive) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`customer insight option ${name} must be a whole number ≥ 1, got ${value}`);
  }
  if (!(phase.gapPercentile > 0 && phase.gapPercentile <= 100)) {
    throw new RangeError(`customer insight option phase.gapPercentile must be in (0, 100], got ${phase.gapPercentile}`);
  }
  if (!(grade.hysteresisPercent >= 0 && grade.hysteresisPercent < 100)) {
    throw new RangeError(`customer insight option grade.hysteresisPercent must be in [0, 100), got ${grade.hysteresisPercent}`);
  }
  let previous = 0;
  for (const code of GRADE_CODES.slice(1) as EarnedGradeCode[]) {
    const threshold = grade.thresholds[code];
    if (!(threshold > previous)) {
      throw new RangeError(`customer insight option grade.thresholds.${code} (${threshold}) must be above the grade below it (${previous})`);
    }
    previous = threshold;
  }
}
