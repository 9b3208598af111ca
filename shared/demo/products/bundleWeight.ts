import type { CategoryCode } from '../../catalogue/categories';
import { theoreticalWeight } from '../../weight/theoreticalWeight';

/**
 * The theoretical weight in whole kg of a bundle (件) of whole pieces (bars, lengths of pipe or
 * section) as near `targetKg` as whole pieces allow, at least one piece. Uses the project's
 * 理计 formulas (shared/weight), so demo lots weigh what the app computes.
 */
export function bundleWeightKg(category: CategoryCode, dims: readonly number[], targetKg: number, lengthMm?: number): number {
  const perThousand = theoreticalWeight({ category, dims, pieces: 1000, lengthMm });
  const pieces = Math.max(1, Math.round((targetKg * 1000) / perThousand));
  return theoreticalWeight({ category, dims, pieces, lengthMm });
}
