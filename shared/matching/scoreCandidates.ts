import type { MatchableOffer, MatchableRequestLine } from './matchTypes';
import { bucketsInRange, dayNumber, type OfferIndex } from './offerIndex';
import { BestCandidates } from './bestCandidates';
import { bestGradeFit, distancePoints, distancesTo, pricePoints, SCORE } from './scoreOffer';
import { primaryDimRange, specFit } from './specFit';

/**
 * The index slots of the best `keep` offers for the line, best first (all of them when `keep` is
 * unbounded), each scored exactly as scoreOffer scores it but without building an object per
 * offer. Looks only at the line's category, grades that meet one the buyer accepts, buckets whose
 * first dimension can fit, and groups of identical dims whose spec fits (decided once per group).
 * Skips offers expired before `today`; `availableOf(slot)` gives what is left of an offer.
 */
export function bestCandidates<O extends MatchableOffer>(
  line: MatchableRequestLine,
  index: OfferIndex<O>,
  today: string,
  availableOf: (slot: number) => number,
  keep: number,
): number[] {
  const found = new BestCandidates(index.entries, keep);
  const shelves = index.byCategory.get(line.category);
  if (!shelves) return [];
  const range = primaryDimRange(line.category, line.spec, line.tolerance);
  const distanceOf = distancesTo(line.deliveryCity);
  const cityPoints = index.cities.map((city) => distancePoints(distanceOf(city)));
  const unknownCityPoints = distancePoints(undefined);
  const preferred = line.brands?.length ? line.brands : undefined;
  const brandPoints = preferred ? index.brands.map((brand) => (preferred.includes(brand) ? SCORE.brand.preferred : SCORE.brand.other)) : undefined;
  const target = line.targetPriceFenPerTon;
  const need = line.weightKg;
  const todayNumber = dayNumber(today);
  const { cityIds, brandIds, validUntilDays, pricesFenPerTon } = index;
  for (const shelf of shelves.values()) {
    const grade = bestGradeFit(line.grades, shelf.grade);
    if (!grade) continue;
    for (const bucket of bucketsInRange(shelf, range)) {
      for (const group of bucket) {
        const fit = specFit(line.category, line.spec, line.tolerance, group.spec);
        if (!fit) continue;
        const base = SCORE.grade[grade.fit] + SCORE.spec[fit];
        for (const { slot } of group.entries) {
          if (validUntilDays[slot]! < todayNumber) continue;
          const available = availableOf(slot);
          if (available <= 0) continue;
          const cityId = cityIds[slot]!;
          const brandId = brandIds[slot]!;
          const score =
            base +
            pricePoints(target === undefined ? undefined : pricesFenPerTon[slot]! - target, target) +
            (cityId < 0 ? unknownCityPoints : cityPoints[cityId]!) +
            (brandPoints === undefined ? SCORE.brand.any : brandId < 0 ? SCORE.brand.other : brandPoints[brandId]!) +
            (SCORE.quantity.max * Math.min(available, need)) / need;
          found.add(slot, score);
        }
      }
    }
  }
  return found.ranked();
}
