import type { CategoryCode } from '../catalogue/categories';
import { findCity } from '../catalogue/places';
import type { Spec } from '../model';
import { countBelow } from '../sorted/countBelow';
import type { MatchableOffer } from './matchTypes';

/** An offer as the index holds it: its slot (for remaining quantities) and its city, looked up once. */
export interface IndexedOffer<O extends MatchableOffer> {
  offer: O;
  slot: number;
  city: string | undefined;
}

/** Offers with the same dims: whether they fit a request is decided once for all of them. */
export interface SpecGroup<O extends MatchableOffer> {
  spec: Spec;
  entries: Array<IndexedOffer<O>>;
}

/** The offers of one category and grade, bucketed by their first dimension (buckets sorted by it), then grouped by all dims. */
export interface GradeShelf<O extends MatchableOffer> {
  grade: string;
  /** Distinct `dims[0]` values, ascending. */
  keys: number[];
  buckets: Array<Array<SpecGroup<O>>>;
}

/**
 * Open offers indexed by category, then grade, then first dimension (diameter, thickness, outer
 * diameter, section size...), then all dims, so a request line looks only at the few offers that
 * can fit it and decides the spec fit once per distinct spec.
 * Build it once per book of offers; it does not change when allocations consume offers
 * (allocate keeps its own remaining quantities by slot).
 */
export interface OfferIndex<O extends MatchableOffer = MatchableOffer> {
  readonly byCategory: ReadonlyMap<CategoryCode, ReadonlyMap<string, GradeShelf<O>>>;
  /** Every indexed offer by slot. */
  readonly entries: ReadonlyArray<IndexedOffer<O>>;
  /** The distinct cities of the offers, and each offer's by slot (−1 when unknown). */
  readonly cities: readonly string[];
  readonly cityIds: Int32Array;
  /** The distinct mills of the offers, and each offer's by slot (−1 when not stated). */
  readonly brands: readonly string[];
  readonly brandIds: Int32Array;
  /** Each offer's last valid day as the number YYYYMMDD (no end: the largest int32), by slot. */
  readonly validUntilDays: Int32Array;
  /** Each offer's price by slot, read in the scoring loop without touching the offer object. */
  readonly pricesFenPerTon: Float64Array;
}

/** `YYYY-MM-DD` as the number YYYYMMDD, which orders as the dates do. */
export function dayNumber(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 10_000 + Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10));
}

const NO_END = 0x7fffffff;

/**
 * Indexes the offers that can be sold: status `open` (or no status) with kg available. Offers
 * without a first dimension cannot meet a spec and are left out. O(n log n).
 */
export function createOfferIndex<O extends MatchableOffer>(offers: Iterable<O>): OfferIndex<O> {
  const byCategory = new Map<CategoryCode, Map<string, Map<number, Map<string, SpecGroup<O>>>>>();
  const entries: Array<IndexedOffer<O>> = [];
  const cities = new Interner();
  const brands = new Interner();
  const cityIdList: number[] = [];
  const brandIdList: number[] = [];
  const validUntilList: number[] = [];
  const priceList: number[] = [];
  for (const offer of offers) {
    const key = offer.spec.dims[0];
    if ((offer.status !== undefined && offer.status !== 'open') || offer.availableKg <= 0 || key === undefined) continue;
    const entry: IndexedOffer<O> = { offer, slot: entries.length, city: offer.city ?? findCity(offer.warehouse ?? '') };
    entries.push(entry);
    cityIdList.push(cities.idOf(entry.city));
    brandIdList.push(brands.idOf(offer.brand));
    validUntilList.push(offer.validUntil === undefined ? NO_END : dayNumber(offer.validUntil));
    priceList.push(offer.priceFenPerTon);
    const grades = getOrCreate(byCategory, offer.category, () => new Map<string, Map<number, Map<string, SpecGroup<O>>>>());
    const buckets = getOrCreate(grades, offer.grade, () => new Map<number, Map<string, SpecGroup<O>>>());
    const groups = getOrCreate(buckets, key, () => new Map<string, SpecGroup<O>>());
    getOrCreate(groups, offer.spec.dims.join('*'), (): SpecGroup<O> => ({ spec: offer.spec, entries: [] })).entries.push(entry);
  }
  const shelves = new Map<CategoryCode, Map<string, GradeShelf<O>>>();
  for (const [category, grades] of byCategory) {
    const shelf = new Map<string, GradeShelf<O>>();
    for (const [grade, buckets] of grades) {
      const keys = [...buckets.keys()].sort((a, b) => a - b);
      shelf.set(grade, { grade, keys, buckets: keys.map((k) => [...buckets.get(k)!.values()]) });
    }
    shelves.set(category, shelf);
  }
  return {
    byCategory: shelves,
    entries,
    cities: cities.values,
    cityIds: Int32Array.from(cityIdList),
    brands: brands.values,
    brandIds: Int32Array.from(brandIdList),
    validUntilDays: Int32Array.from(validUntilList),
    pricesFenPerTon: Float64Array.from(priceList),
  };
}

/** Small integer ids for repeated strings. */
class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(value: string | undefined): number {
    if (value === undefined) return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** The buckets of a shelf whose key lies in [min, max] (all buckets when no range). */
export function bucketsInRange<O extends MatchableOffer>(shelf: GradeShelf<O>, range: [number, number] | undefined): Array<Array<SpecGroup<O>>> {
  if (!range) return shelf.buckets;
  const from = countBelow(shelf.keys, range[0]);
  let to = from;
  while (to < shelf.keys.length && shelf.keys[to]! <= range[1]) to++;
  return shelf.buckets.slice(from, to);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
