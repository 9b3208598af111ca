import type { CategoryCode } from '../catalogue/categories';
import type { Customer } from '../model/customer';
import { ARCHETYPES, type DemoArchetype } from './archetypes';
import { epochMs } from '../calendar/marketCalendar';
import type { DemoCity } from './data/places';
import { DEMO_CITIES } from './data/places';
import { INDUSTRIES, INDUSTRY_MIX, type IndustryKey } from './data/industries';
import { uuidv7 } from '../ids/uuidv7';
import { FAMILY_CATEGORIES } from './products/catalogue';
import type { ProductFamily } from './products/demoProduct';
import { Random } from './random';
import { STREAM } from './streams';
import { Weighted } from './weighted';

/**
 * What every generator needs to know about a customer without building its full record: kept in
 * the demo context for all customers (small enough for 50k), so offers, requests and deals can
 * refer to customers they never generated.
 */
export type PaymentMethod = NonNullable<Customer['paymentPreference']>;

export interface CustomerProfile {
  index: number;
  id: string;
  type: Customer['type'];
  archetype: DemoArchetype;
  industry: IndustryKey;
  city: DemoCity;
  brokerIndex: number;
  /** Categories the customer trades, most important first. */
  categories: readonly CategoryCode[];
  /** Relative size (0.3…3): scales volumes, deal counts and credit. */
  size: number;
  /** How the customer prefers to pay; deals and requests use it. */
  payment: PaymentMethod;
  /** Day of first contact; absent for peripheral customers. */
  firstContactDay?: number;
  /** The customer who recommended this one (口碑), contacted before it. */
  referredByIndex?: number;
}

const CITIES = new Weighted(DEMO_CITIES.map((city) => [city, city.weight] as const));
const INDUSTRY_BY_TYPE = {
  seller: new Weighted(INDUSTRY_MIX.seller),
  buyer: new Weighted(INDUSTRY_MIX.buyer),
  both: new Weighted(INDUSTRY_MIX.both),
};
const FAMILIES_BY_INDUSTRY = Object.fromEntries(
  (Object.keys(INDUSTRIES) as IndustryKey[]).map((key) => [key, new Weighted(INDUSTRIES[key].families)]),
) as Record<IndustryKey, Weighted<ProductFamily>>;
const REFERRED_SHARE = 0.15;
const REFERRER_TRIES = 8;
/** Customers content enough to recommend the company. */
const REFERRERS: ReadonlySet<DemoArchetype> = new Set(['loyal', 'steady', 'growing']);
/** Days before its first contact (or before today, if never contacted) a customer became known. */
const KNOWN_BEFORE_CONTACT_DAYS: readonly [number, number] = [0, 400];

function distinctPicks<T>(weighted: Weighted<T>, count: number, rng: Random): T[] {
  const picked: T[] = [];
  for (let attempt = 0; attempt < count * 4 && picked.length < count; attempt++) {
    const value = weighted.pick(rng);
    if (!picked.includes(value)) picked.push(value);
  }
  return picked;
}

function tradedCategories(industry: IndustryKey, rng: Random): CategoryCode[] {
  const families = distinctPicks(FAMILIES_BY_INDUSTRY[industry], rng.chance(0.3) ? 2 : 1, rng);
  return families.flatMap((family) => distinctPicks(FAMILY_CATEGORIES[family], rng.int(1, 3), rng));
}

/** Big customers get credit (账期) more often; the rest mostly pay cash before delivery. */
function preferredPayment(size: number, rng: Random): PaymentMethod {
  if (rng.chance(size > 1.5 ? 0.45 : 0.2)) return 'credit';
  return rng.chance(0.35) ? 'prepayment' : 'cash_before_delivery';
}

/** A satisfied earlier customer who was contacted before `firstContactDay`, if one turns up. */
function pickReferrer(earlier: readonly CustomerProfile[], firstContactDay: number, rng: Random): number | undefined {
  for (let attempt = 0; attempt < REFERRER_TRIES && earlier.length > 0; attempt++) {
    const candidate = rng.pick(earlier);
    if (REFERRERS.has(candidate.archetype) && candidate.firstContactDay! < firstContactDay) return candidate.index;
  }
  return undefined;
}

/**
 * The profile of customer `index`. Type and archetype come from the caller's quotas (so every
 * book has its mix); everything else is drawn from the customer's own random stream. A contacted
 * buyer may have been referred by one of the `earlier` customers.
 */
export function createProfile(
  seed: number,
  today: number,
  index: number,
  type: Customer['type'],
  archetype: DemoArchetype,
  brokerWeights: Weighted<number>,
  earlier: readonly CustomerProfile[],
): CustomerProfile {
  const rng = Random.derive(seed, STREAM.profiles, index);
  const industry = INDUSTRY_BY_TYPE[type].pick(rng);
  const contactRange = ARCHETYPES[archetype].firstContactDaysAgo;
  const firstContactDay = contactRange ? today - rng.int(contactRange[0], contactRange[1]) : undefined;
  const knownDay = (firstContactDay ?? today) - rng.int(KNOWN_BEFORE_CONTACT_DAYS[0], KNOWN_BEFORE_CONTACT_DAYS[1]);
  const u = rng.next();
  const size = 0.3 + 2.7 * u * u;
  const referredByIndex =
    firstContactDay !== undefined && type !== 'seller' && rng.chance(REFERRED_SHARE)
      ? pickReferrer(earlier, firstContactDay, rng)
      : undefined;
  return {
    index,
    id: uuidv7(epochMs(knownDay, rng.int(480, 1080)), rng.bytes),
    type,
    archetype,
    industry,
    city: CITIES.pick(rng),
    brokerIndex: brokerWeights.pick(rng),
    categories: tradedCategories(industry, rng),
    size,
    payment: preferredPayment(size, rng),
    firstContactDay,
    ...(referredByIndex !== undefined && { referredByIndex }),
  };
}
