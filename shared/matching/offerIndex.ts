import type { CategoryCode } from '../catalogue/categories';
import { findCity } from '../catalogue/places';
import type { MatchableOffer } from './matchTypes';

/** An offer as the index holds it: its slot (for remaining quantities) and its city, looked up once. */
export interface IndexedOffer<O extends MatchableOffer> {
  offer: O;
  slot: number;
  city: string | undefined;
}

/** The offers of one category and grade, bucketed by their first dimension, buckets sorted by it. */
export interface GradeShelf<O extends MatchableOffer> {
  grade: string;
  /** Distinct `dims[0]` values, ascending. */
  keys: number[];
  buckets: Array<Array<IndexedOffer<O>>>;
}

/**
 * Open offers indexed by category, then grade, then first dimension (diameter, thickness, outer
 * diameter, section size...), so a request line looks only at the few offers that can fit it.
 * Build it once per book of offers; it does not change when allocations consume offers
 * (allocate keeps its own remaining quantities by slot).
 */
export interface OfferIndex<O extends MatchableOffer = MatchableOffer> {
  readonly byCategory: ReadonlyMap<CategoryCode, ReadonlyMap<string, GradeShelf<O>>>;
  /** Every indexed offer by slot. */
  readonly entries: ReadonlyArray<IndexedOffer<O>>;
}

/**
 * Indexes the offers that can be sold: status `open` (or no status) with kg available. Offers
 * without a first dimension cannot meet a spec and are left out. O(n log n).
 */
export function createOfferIndex<O extends MatchableOffer>(offers: Iterable<O>): OfferIndex<O> {
  const byCategory = new Map<CategoryCode, Map<string, Map<number, Array<IndexedOffer<O>>>>>();
  const entries: Array<IndexedOffer<O>> = [];
  for (const offer of offers) {
    const key = offer.spec.dims[0];
    if ((offer.status !== undefined && offer.status !== 'open') || offer.availableKg <= 0 || key === undefined) continue;
    const entry: IndexedOffer<O> = { offer, slot: entries.length, city: offer.city ?? findCity(offer.warehouse ?? '') };
    entries.push(entry);
    const grades = getOrCreate(byCategory, offer.category, () => new Map<string, Map<number, Array<IndexedOffer<O>>>>());
    const buckets = getOrCreate(grades, offer.grade, () => new Map<number, Array<IndexedOffer<O>>>());
    getOrCreate(buckets, key, (): Array<IndexedOffer<O>> => []).push(entry);
  }
  const shelves = new Map<CategoryCode, Map<string, GradeShelf<O>>>();
  for (const [category, grades] of byCategory) {
    const shelf = new Map<string, GradeShelf<O>>();
    for (const [grade, buckets] of grades) {
      const keys = [...buckets.keys()].sort((a, b) => a - b);
      shelf.set(grade, { grade, keys, buckets: keys.map((k) => buckets.get(k)!) });
    }
    shelves.set(category, shelf);
  }
  return { byCategory: shelves, entries };
}

/** The buckets of a shelf whose key lies in [min, max] (all buckets when no range). */
export function bucketsInRange<O extends MatchableOffer>(shelf: GradeShelf<O>, range: [number, number] | undefined): Array<Array<IndexedOffer<O>>> {
  if (!range) return shelf.buckets;
  const from = lowerBound(shelf.keys, range[0]);
  let to = from;
  while (to < shelf.keys.length && shelf.keys[to]! <= range[1]) to++;
  return shelf.buckets.slice(from, to);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
