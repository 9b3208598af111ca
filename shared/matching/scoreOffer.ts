import { gradeFit, type GradeFit } from '../catalogue/gradeSubstitution';
import { distanceKm } from '../catalogue/places';
import type { IndexedOffer } from './offerIndex';
import type { BrandFit, MatchableOffer, MatchableRequestLine, SpecFit } from './matchTypes';
import { specFit } from './specFit';

/**
 * Points per attribute, 110 at best. Grade and spec dominate (a substitute or a tolerated spec
 * still ranks above a mismatch, which is not a candidate at all); price against the buyer's target
 * next; then how far the goods must travel, the buyer's preferred mills, and whether one offer
 * fills the whole line (fewer sellers, fewer trucks).
 */
export const SCORE = {
  grade: { exact: 30, substitute: 20 },
  spec: { exact: 25, within_tolerance: 15 },
  /** Full points at or under target, none from 5 % above it; half points without a target. */
  price: { max: 20, zeroAtPercentAbove: 5, withoutTarget: 10 },
  /** Full points in the same city, none from 1,000 km; a third when the distance is unknown. */
  distance: { max: 15, zeroAtKm: 1000, unknown: 5 },
  brand: { preferred: 10, any: 10, other: 0 },
  quantity: { max: 10 },
} as const;

/** The grade of the request an offered grade meets best (exact before substitute), or undefined. */
export function bestGradeFit(asked: readonly string[], offered: string): { fit: GradeFit; asked: string } | undefined {
  let best: { fit: GradeFit; asked: string } | undefined;
  for (const grade of asked) {
    const fit = gradeFit(offered, grade);
    if (fit === 'exact') return { fit, asked: grade };
    if (fit && !best) best = { fit, asked: grade };
  }
  return best;
}

/** An offer that can serve a request line, with the numbers behind its score. */
export interface ScoredOffer<O extends MatchableOffer> {
  entry: IndexedOffer<O>;
  score: number;
  grade: GradeFit;
  gradeAsked: string;
  spec: SpecFit;
  brand: BrandFit;
  fillsKg: number;
  distanceKm: number | undefined;
  priceGapFenPerTon: number | undefined;
}

/** Distances from offer cities to one delivery city, each computed once. */
export function distancesTo(deliveryCity: string | undefined): (city: string | undefined) => number | undefined {
  const known = new Map<string, number | undefined>();
  return (city) => {
    if (deliveryCity === undefined || city === undefined) return undefined;
    if (!known.has(city)) known.set(city, distanceKm(city, deliveryCity));
    return known.get(city);
  };
}

/**
 * Scores one offer for a request line whose grade it meets (`grade`), with `availableKg` left.
 * Undefined when its spec does not fit or nothing is left.
 */
export function scoreOffer<O extends MatchableOffer>(
  line: MatchableRequestLine,
  entry: IndexedOffer<O>,
  grade: { fit: GradeFit; asked: string },
  availableKg: number,
  distanceOf: (city: string | undefined) => number | undefined,
): ScoredOffer<O> | undefined {
  if (availableKg <= 0) return undefined;
  const { offer } = entry;
  const spec = specFit(line.category, line.spec, line.tolerance, offer.spec);
  if (!spec) return undefined;
  const brand: BrandFit = !line.brands?.length ? 'any' : offer.brand !== undefined && line.brands.includes(offer.brand) ? 'preferred' : 'other';
  const target = line.targetPriceFenPerTon;
  const priceGapFenPerTon = target === undefined ? undefined : offer.priceFenPerTon - target;
  const distance = distanceOf(entry.city);
  const fillsKg = Math.min(availableKg, line.weightKg);
  const score =
    SCORE.grade[grade.fit] +
    SCORE.spec[spec] +
    pricePoints(priceGapFenPerTon, target) +
    distancePoints(distance) +
    SCORE.brand[brand] +
    (SCORE.quantity.max * fillsKg) / line.weightKg;
  return { entry, score, grade: grade.fit, gradeAsked: grade.asked, spec, brand, fillsKg, distanceKm: distance, priceGapFenPerTon };
}

/** Points for the price against the buyer's target (the gap is offer price minus target). */
export function pricePoints(gap: number | undefined, target: number | undefined): number {
  if (gap === undefined || target === undefined) return SCORE.price.withoutTarget;
  if (gap <= 0) return SCORE.price.max;
  return SCORE.price.max * Math.max(0, 1 - (gap * 100) / (target * SCORE.price.zeroAtPercentAbove));
}

/** Points for the distance from the offer's city to the delivery city. */
export function distancePoints(km: number | undefined): number {
  if (km === undefined) return SCORE.distance.unknown;
  return SCORE.distance.max * Math.max(0, 1 - km / SCORE.distance.zeroAtKm);
}

/** Best first: higher score, then cheaper, then more available, then offer id, so ties never depend on input order. */
export function compareRanked(scoreA: number, a: MatchableOffer, scoreB: number, b: MatchableOffer): number {
  return scoreB - scoreA || a.priceFenPerTon - b.priceFenPerTon || b.availableKg - a.availableKg || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** compareRanked for scored offers. */
export function compareScored<O extends MatchableOffer>(a: ScoredOffer<O>, b: ScoredOffer<O>): number {
  return compareRanked(a.score, a.entry.offer, b.score, b.entry.offer);
}
