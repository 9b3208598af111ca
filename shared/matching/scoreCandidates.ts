import type { MatchableOffer, MatchableRequestLine } from './matchTypes';
import { bucketsInRange, type IndexedOffer, type OfferIndex } from './offerIndex';
import { bestGradeFit, distancesTo, scoreOffer, type ScoredOffer } from './scoreOffer';
import { primaryDimRange } from './specFit';

/**
 * Every offer of the index that can serve the line, scored, in no particular order. Looks only
 * at the line's category, at grades that meet one the buyer accepts, and at buckets whose first
 * dimension can fit; skips offers expired before `today`. `availableOf` gives what is left of an offer.
 */
export function scoreCandidates<O extends MatchableOffer>(
  line: MatchableRequestLine,
  index: OfferIndex<O>,
  today: string,
  availableOf: (entry: IndexedOffer<O>) => number,
): Array<ScoredOffer<O>> {
  const shelves = index.byCategory.get(line.category);
  if (!shelves) return [];
  const range = primaryDimRange(line.category, line.spec, line.tolerance);
  const distanceOf = distancesTo(line.deliveryCity);
  const scored: Array<ScoredOffer<O>> = [];
  for (const shelf of shelves.values()) {
    const grade = bestGradeFit(line.grades, shelf.grade);
    if (!grade) continue;
    for (const bucket of bucketsInRange(shelf, range)) {
      for (const entry of bucket) {
        const validUntil = entry.offer.validUntil;
        if (validUntil !== undefined && validUntil < today) continue;
        const candidate = scoreOffer(line, entry, grade, availableOf(entry), distanceOf);
        if (candidate) scored.push(candidate);
      }
    }
  }
  return scored;
}

/**
 * The `k` best items by `compare`, best first, without sorting them all: one pass keeping a
 * small sorted list, so ranking thousands of candidates for the top 20 costs about one comparison each.
 */
export function bestOf<T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= k) return items.sort(compare);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
