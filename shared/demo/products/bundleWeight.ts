import type { CategoryCode } from '../../catalogue/categories';
import { theoreticalWeight } from '../../weight/theoreticalWeight';

/** Memo of bundle weights: the demo's sizes are few, and the exact (BigInt) formulas are slow-ish. */
const bundles = new Map<string, number>();

/**
 * The theoretical weight in whole kg of a bundle (件) of whole pieces (bars, lengths of pipe or
 * section) as near `targetKg` as whole pieces allow, at least one piece. Uses the project's
 * 理计 formulas (shared/weight), so demo lots weigh what the app computes.
 */
export function bundleWeightKg(category: CategoryCode, dims: readonly number[], targetKg: number, lengthMm?: number): number {
  const key = `${category}|${dims.join('*')}|${targetKg}|${lengthMm}`;
  let kg = bundles.get(key);
  if (kg === undefined) {
    const perThousand = theoreticalWeight({ category, dims, pieces: 1000, lengthMm });
    const pieces = Math.max(1, Math.round((targetKg * 1000) / perThousand));
    kg = theoreticalWeight({ category, dims, pieces, lengthMm });
    bundles.set(key, kg);
  }
  return kg;
}
