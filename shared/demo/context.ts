import type { Broker, Customer } from '../model/customer';
import { ARCHETYPES, BUYER_ARCHETYPES } from './archetypes';
import { generateBrokers } from './brokers';
import { dayOf } from '../calendar/marketCalendar';
import { createProfile, type CustomerProfile } from './customerProfile';
import { tradeNameSequence } from './tradeNames';
import { Weighted } from './weighted';

/** The seed of the demo book the app offers to load. */
export const DEMO_SEED = 20_261_120;
/** The demo book's default "today": fixed, so the same options always give the same book. */
export const DEMO_TODAY = '2026-11-20';

/** What to generate. Every field is optional; the defaults make the demo book of issue 2. */
export interface DemoOptions {
  /** A 32-bit unsigned integer; the same seed (and options) always gives the same records. Default `DEMO_SEED`. */
  seed?: number;
  /** The book's today (`YYYY-MM-DD`): deals cover the 12 months before it. Default `DEMO_TODAY`. */
  today?: string;
  /** Brokers of the company, 1…100. Default 5. */
  brokers?: number;
  /** Customers (buyers, sellers and both), at least 2. Default 300. */
  customers?: number;
  /** Offers (supply lots) posted in the last two weeks. Default 2,000. */
  offers?: number;
  /** Buy requests received in the last two weeks. Default 300. */
  requests?: number;
  /** Deals in the 12 months before today. Default 8 per customer; must cover the archetypes' minimum (about 3 per customer). */
  deals?: number;
}

export type ResolvedDemoOptions = Required<DemoOptions>;

/**
 * Shared state of one generated book: the resolved options, the brokers, and a compact profile
 * of every customer. Generators take it and stream records; it holds no offers, requests or deals.
 */
export interface DemoContext {
  readonly options: ResolvedDemoOptions;
  readonly seed: number;
  /** `options.today` as a day number (see calendar.ts). */
  readonly today: number;
  readonly brokers: readonly Broker[];
  readonly customers: readonly CustomerProfile[];
  /** Customers that sell in deals: sellers, and the loyal and steady of type `both`. */
  readonly dealSellers: readonly CustomerProfile[];
  readonly dealSellersByRegion: ReadonlyMap<string, readonly CustomerProfile[]>;
  /** Customers that post offers: every seller or `both` that has been contacted. */
  readonly offerSellers: readonly CustomerProfile[];
  /** Customers that send buy requests: every buyer or `both` that has been contacted. */
  readonly requestBuyers: readonly CustomerProfile[];
  /** The trade name (字号) of customer `index`, distinct for the first `DISTINCT_TRADE_NAMES`. */
  readonly tradeName: (index: number) => string;
}

const DEFAULT_DEALS_PER_CUSTOMER = 8;
/** Low-discrepancy steps (golden ratio, √2): quotas that hold for any prefix of customers. */
const TYPE_STEP = 0.618_033_988_749_895;
const ARCHETYPE_STEP = 0.414_213_562_373_095;
const TYPE_MIX = new Weighted<Customer['type']>([['seller', 20], ['buyer', 65], ['both', 15]]);

function wholeNumber(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`demo option ${name} must be a whole number in ${min}…${max}, got ${value}`);
  }
  return value;
}

/** Fills in defaults and checks every option, naming the one that is wrong. */
export function resolveDemoOptions(options: DemoOptions = {}): ResolvedDemoOptions {
  const customers = wholeNumber('customers', options.customers ?? 300, 2);
  dayOf(options.today ?? DEMO_TODAY);
  return {
    seed: wholeNumber('seed', options.seed ?? DEMO_SEED, 0, 0xffff_ffff),
    today: options.today ?? DEMO_TODAY,
    brokers: wholeNumber('brokers', options.brokers ?? 5, 1, 100),
    customers,
    offers: wholeNumber('offers', options.offers ?? 2_000, 0),
    requests: wholeNumber('requests', options.requests ?? 300, 0),
    deals: wholeNumber('deals', options.deals ?? customers * DEFAULT_DEALS_PER_CUSTOMER, 0),
  };
}

function fraction(x: number): number {
  return x - Math.floor(x);
}

/**
 * Builds the context of a book: brokers and customer profiles. Customer types and buyer
 * archetypes follow fixed quotas along the customer index (customer 0 is a seller, customer 1 a
 * loyal buyer), so even a tiny book has someone to trade with; the seed decides everything else.
 */
export function createDemoContext(options: DemoOptions = {}): DemoContext {
  const resolved = resolveDemoOptions(options);
  const seed = resolved.seed;
  const today = dayOf(resolved.today);
  const brokers = generateBrokers(seed, resolved.brokers, today);
  const brokerWeights = new Weighted(brokers.map((_, i) => [i, brokers.length - i + 1] as const));
  const customers: CustomerProfile[] = [];
  let buyers = 0;
  for (let i = 0; i < resolved.customers; i++) {
    const type = TYPE_MIX.at(fraction(i * TYPE_STEP));
    const archetype = type === 'seller' ? 'supplier' : BUYER_ARCHETYPES.at(fraction(buyers++ * ARCHETYPE_STEP));
    customers.push(createProfile(seed, today, i, type, archetype, brokerWeights, customers));
  }
  const dealSellers = customers.filter((c) => c.type !== 'buyer' && ARCHETYPES[c.archetype].sellsInDeals);
  const dealSellersByRegion = new Map<string, CustomerProfile[]>();
  for (const seller of dealSellers) {
    const list = dealSellersByRegion.get(seller.city.region) ?? [];
    list.push(seller);
    dealSellersByRegion.set(seller.city.region, list);
  }
  return {
    options: resolved,
    seed,
    today,
    brokers,
    customers,
    dealSellers,
    dealSellersByRegion,
    offerSellers: customers.filter((c) => c.type !== 'buyer' && c.firstContactDay !== undefined),
    requestBuyers: customers.filter((c) => c.type !== 'seller' && c.firstContactDay !== undefined),
    tradeName: tradeNameSequence(seed),
  };
}
