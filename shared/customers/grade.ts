import { GRADE_CODES, type EarnedGradeCode, type GradeCode } from './ladders';
import type { GradeRules } from './options';

/**
 * The grade a score earns, given the customer's previous grade. Rising needs the full threshold;
 * a grade the customer already held (or one below it) is kept until the score falls below
 * threshold × (1 − hysteresisPercent ÷ 100), so a customer hovering at a boundary does not flap.
 */
export function gradeForScore(score: number, previous: GradeCode | undefined, rules: GradeRules): GradeCode {
  const held = previous === undefined ? 0 : GRADE_CODES.indexOf(previous);
  for (let g = GRADE_CODES.length - 1; g > 0; g--) {
    const threshold = rules.thresholds[GRADE_CODES[g] as EarnedGradeCode];
    const level = g <= held ? threshold * (1 - rules.hysteresisPercent / 100) : threshold;
    if (score >= level) return GRADE_CODES[g]!;
  }
  return 'standard';
}

/**
 * What it takes to reach the next grade: the points missing and, as alternatives each enough on
 * its own, the tonnes, margin (fen, whole yuan) or referrals that would bring them. An alternative
 * whose points weight is not positive is left out.
 */
export interface NextGradeGap {
  grade: EarnedGradeCode;
  points: number;
  tonnes?: number;
  marginFen?: number;
  referrals?: number;
}

/** The gap from `score` at `grade` to the grade above; absent at the top grade. */
export function nextGradeGap(score: number, grade: GradeCode, rules: GradeRules): NextGradeGap | undefined {
  const next = GRADE_CODES[GRADE_CODES.indexOf(grade) + 1] as EarnedGradeCode | undefined;
  if (next === undefined) return undefined;
  const points = Math.max(0, rules.thresholds[next] - score);
  const gap: NextGradeGap = { grade: next, points };
  const { perTonne, perMarginYuan, perReferral } = rules.points;
  if (perTonne > 0) gap.tonnes = unitsFor(points, perTonne);
  if (perMarginYuan > 0) gap.marginFen = unitsFor(points, perMarginYuan) * 100;
  if (perReferral > 0) gap.referrals = unitsFor(points, perReferral);
  return gap;
}

/** Whole units that bring `points`, ignoring float noise below a millionth of a unit. */
function unitsFor(points: number, perUnit: number): number {
  return Math.ceil(Math.round((points / perUnit) * 1e6) / 1e6);
}
