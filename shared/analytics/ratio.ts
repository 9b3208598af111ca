/** A rate with the counts behind it; `rate` is `null` when there is nothing to divide by (shown as "—", never NaN). */
export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}
