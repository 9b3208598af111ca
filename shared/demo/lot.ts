import type { CategoryCode } from '../catalogue/categories';
import type { Weighing } from '../model/primitives';
import { DEMO_CITIES, HUB_CITY_NAMES, type DemoCity } from './data/places';
import { samplePriceFen } from './marketPrice';
import { DEMO_PRODUCTS } from './products/catalogue';
import type { DemoGrade, DemoProduct, DemoSpec } from './products/demoProduct';
import type { Random } from './random';

/** One lot of steel as offered or dealt: what, from which mill, where it lies, how much, at what price. */
export interface DemoLot {
  product: DemoProduct;
  grade: DemoGrade;
  spec: DemoSpec;
  mill: string;
  warehouse: string;
  /** The warehouse's city. */
  city: string;
  pieces: number;
  weightKg: number;
  weighing: Weighing;
  priceFenPerTon: number;
}

const HUB_CITIES = DEMO_CITIES.filter((city) => HUB_CITY_NAMES.includes(city.name));
/** Share of lots a trader keeps in a warehouse of its own city; the rest lie in a hub market. */
const HOME_WAREHOUSE_SHARE = 0.75;
/** Weighed lots come off the scale within ±3% of their nominal weight. */
const SCALE_SPREAD = 0.06;

/**
 * A lot of `category` on `day`, warehoused near `home`, with `scale` times a typical number of
 * pieces (at least one). Weights are whole kg: theoretical lots are pieces × nominal piece
 * weight, weighed lots vary around it.
 */
export function sampleLot(rng: Random, category: CategoryCode, day: number, today: number, home: DemoCity, scale = 1): DemoLot {
  const product = DEMO_PRODUCTS[category];
  const grade = product.grades.pick(rng);
  const spec = product.sampleSpec(rng);
  const city = rng.chance(HOME_WAREHOUSE_SHARE) ? home : rng.pick(HUB_CITIES);
  const pieces = Math.max(1, Math.round(rng.int(product.lotPieces[0], product.lotPieces[1]) * scale));
  const weighing: Weighing = rng.chance(product.theoreticalShare) ? 'theoretical' : 'weighed';
  const scaleFactor = weighing === 'theoretical' ? 1 : 1 - SCALE_SPREAD / 2 + SCALE_SPREAD * rng.next();
  return {
    product,
    grade,
    spec,
    mill: rng.pick(product.mills),
    warehouse: rng.pick(city.warehouses),
    city: city.name,
    pieces,
    weightKg: Math.max(1, Math.round(pieces * spec.pieceKg * scaleFactor)),
    weighing,
    priceFenPerTon: samplePriceFen(rng, product, grade, spec.premiumYuan, day, today),
  };
}
