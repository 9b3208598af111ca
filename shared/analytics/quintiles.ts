import { countBelow } from '../sorted/countBelow';

/**
 * Quintile scores 1–5 of `values`, higher values scoring higher: score = 1 + ⌊5 × (number of values
 * strictly below) ÷ n⌋. Equal values get equal scores; each score holds about a fifth of the values
 * when they are distinct.
 */
export function quintileScores(values: Float64Array): Uint8Array {
  const sorted = values.slice().sort();
  const n = values.length;
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) scores[i] = 1 + Math.floor((5 * countBelow(sorted, values[i]!)) / n);
  return scores;
}
