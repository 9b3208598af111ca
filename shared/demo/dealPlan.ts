import type { ArchetypeRule, DealShape } from './archetypes';
import type { Random } from './random';

/** One planned buying deal: its day, and how far through the customer's window it falls (0…1). */
export interface PlannedDeal {
  day: number;
  position: number;
}

/** Maps an even fraction to a position whose density follows the shape. */
const SHAPES: Readonly<Record<DealShape, (u: number) => number>> = {
  even: (u) => u,
  /** Density grows linearly: more deals late in the window. */
  rising: (u) => Math.sqrt(u),
  /** Density falls linearly: gaps widen towards the end. */
  falling: (u) => 1 - Math.sqrt(1 - u),
};

/**
 * The days of a customer's `count` buying deals, oldest first. The window is cut in `count`
 * equal strata with one deal in each, so deals spread over the whole window (a loyal customer
 * with 8 deals in a year buys in at least 4 distinct months) in the archetype's shape.
 */
export function planDeals(rule: ArchetypeRule, count: number, firstContactDay: number, today: number, rng: Random): PlannedDeal[] {
  if (count === 0) return [];
  const start = Math.max(firstContactDay + 1, today - rule.windowOpensDaysAgo);
  const end = today - rng.int(rule.windowClosesDaysAgo[0], rule.windowClosesDaysAgo[1]);
  if (end < start) throw new RangeError(`planDeals: empty buying window (${start}…${end})`);
  const span = end - start + 1;
  const plan: PlannedDeal[] = [];
  for (let k = 0; k < count; k++) {
    const position = SHAPES[rule.shape]((k + rng.next()) / count);
    plan.push({ day: start + Math.min(span - 1, Math.floor(position * span)), position });
  }
  return plan;
}
