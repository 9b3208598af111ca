import type { PreparedBook } from './prepare';
import { quintileScores } from './quintiles';

/**
 * RFM segments (the 8 classic groups): important = high monetary; value / development / keep /
 * retain by recency and frequency.
 */
export const RFM_SEGMENTS = [
  'important_value',
  'important_development',
  'important_keep',
  'important_retain',
  'general_value',
  'general_development',
  'general_keep',
  'general_retain',
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** A score of 3 or more (the upper three quintiles) counts as high. */
export const RFM_HIGH_SCORE = 3;

export interface RfmRow {
  customerId: string;
  /** Days from the last deal in the period to the as-of day. */
  recencyDays: number;
  /** Deals in the period. */
  frequency: number;
  /** Margin in the period, fen. */
  monetaryFen: number;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
}

export interface Rfm {
  /** Customers with ≥ 1 deal in the period, in book order. */
  customers: RfmRow[];
  segments: Record<RfmSegment, number>;
}

/**
 * RFM scores and segments, over the customers with ≥ 1 deal in the period.
 * - R = days since the last deal (fewer is better), F = deals in the period, M = margin in the period.
 * - Each is scored 1–5 by quintile among those customers (`quintileScores`; for R, fewer days score higher).
 * - Segment by high (score ≥ 3) or low: M high → 重要 important, else 一般 general; then R high and F high → 价值 value,
 *   R high and F low → 发展 development, R low and F high → 保持 keep, R low and F low → 挽留 retain.
 */
export function rfm(book: PreparedBook): Rfm {
  const { summaries, window } = book;
  const members: number[] = [];
  for (let c = 0; c < book.customers.length; c++) if (summaries.periodDeals[c]! > 0) members.push(c);
  const rScores = quintileScores(pick(summaries.lastPeriodDay, members));
  const fScores = quintileScores(pick(summaries.periodDeals, members));
  const mScores = quintileScores(pick(summaries.periodMarginFen, members));
  const segments = Object.fromEntries(RFM_SEGMENTS.map((segment) => [segment, 0])) as Record<RfmSegment, number>;
  const customers = members.map((c, i): RfmRow => {
    const [r, f, m] = [rScores[i]!, fScores[i]!, mScores[i]!];
    const segment = rfmSegment(r, f, m);
    segments[segment]++;
    return {
      customerId: book.customers[c]!.id,
      recencyDays: window.asOfDay - summaries.lastPeriodDay[c]!,
      frequency: summaries.periodDeals[c]!,
      monetaryFen: summaries.periodMarginFen[c]!,
      r,
      f,
      m,
      segment,
    };
  });
  return { customers, segments };
}

/** The values of `members`, as the scores want them. */
function pick(values: Int32Array | Float64Array, members: readonly number[]): Float64Array {
  const picked = new Float64Array(members.length);
  members.forEach((c, i) => {
    picked[i] = values[c]!;
  });
  return picked;
}

/** The segment of R, F and M scores (see `rfm`). */
export function rfmSegment(r: number, f: number, m: number): RfmSegment {
  const recent = r >= RFM_HIGH_SCORE;
  const frequent = f >= RFM_HIGH_SCORE;
  // RFM_SEGMENTS lists the important before the general ones, each as value, development, keep, retain.
  return RFM_SEGMENTS[(m >= RFM_HIGH_SCORE ? 0 : 4) + (recent ? 0 : 2) + (frequent ? 0 : 1)]!;
}
