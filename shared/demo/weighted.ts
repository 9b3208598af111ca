import type { Random } from './random';

/**
 * A list of values with relative weights, prepared once so that each pick is a binary search.
 * Demo data uses it for market shares (categories, cities, grades) and archetype mixes.
 */
export class Weighted<T> {
  /** The values with a positive weight, in the order given. */
  readonly values: readonly T[];
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    const positive = entries.filter(([, weight]) => weight > 0);
    if (positive.length === 0) throw new RangeError('Weighted: needs at least one positive weight');
    this.values = positive.map(([value]) => value);
    this.cumulative = new Float64Array(positive.length);
    let sum = 0;
    positive.forEach(([, weight], i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  /** The value whose band holds `fraction` (in [0, 1)): a deterministic pick, e.g. for quotas. */
  at(fraction: number): T {
    const target = fraction * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return this.values[low]!;
  }

  /** A random value, each with probability weight / total. */
  pick(rng: Random): T {
    return this.at(rng.next());
  }
}
