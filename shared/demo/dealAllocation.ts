import { ARCHETYPES } from './archetypes';
import type { CustomerProfile } from './customerProfile';

/** The fewest deals a book of these customers can have: every archetype's minimum. */
export function minimumDeals(customers: readonly CustomerProfile[]): number {
  return customers.reduce((sum, c) => sum + ARCHETYPES[c.archetype].minDeals, 0);
}

/**
 * How many buying deals each customer makes so that they add up to exactly `total`: every
 * customer gets its archetype's minimum, and the rest is shared in proportion to archetype
 * weight × customer size (cumulative rounding, so the shares sum exactly). Indexed like `customers`.
 */
export function allocateDeals(customers: readonly CustomerProfile[], total: number): Int32Array {
  const minimum = minimumDeals(customers);
  if (total < minimum) {
    throw new RangeError(`demo: ${total} deals cannot give ${customers.length} customers their archetypes' minimum of ${minimum} deals`);
  }
  const weights = customers.map((c) => ARCHETYPES[c.archetype].dealWeight * c.size);
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const extra = total - minimum;
  const counts = new Int32Array(customers.length);
  let cumulative = 0;
  let handedOut = 0;
  customers.forEach((customer, i) => {
    cumulative += weights[i]!;
    const upTo = weightSum > 0 ? Math.round((extra * cumulative) / weightSum) : 0;
    counts[i] = ARCHETYPES[customer.archetype].minDeals + upTo - handedOut;
    handedOut = upTo;
  });
  return counts;
}
