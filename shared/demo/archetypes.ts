import { Weighted } from './weighted';

/**
 * What kind of relationship a demo customer has with the company. It decides when the customer
 * was first contacted, how often the broker logs contact, and when and how much it buys, so
 * that development stages, lifecycle phases, retention and the four rates all have something
 * to show. The archetype is not stored on the customer: the app derives stages from the record.
 */
export type DemoArchetype =
  | 'loyal'
  | 'growing'
  | 'steady'
  | 'declining'
  | 'lapsed'
  | 'new'
  | 'oneOff'
  | 'potential'
  | 'peripheral'
  | 'supplier';

/** How buying deals spread over a customer's window: evenly, denser towards the end, or thinning out. */
export type DealShape = 'even' | 'rising' | 'falling';

export interface ArchetypeRule {
  /** Share among buying customers (types buyer and both), in percent. */
  buyerShare: number;
  /** First contact, in days before today; absent for customers never contacted (外围). */
  firstContactDaysAgo?: readonly [number, number];
  /** Buying deals in the 12 months before today, at least. */
  minDeals: number;
  /** Relative share of the deals beyond every customer's minimum (0: exactly the minimum). */
  dealWeight: number;
  /** The buying window: opens at most this many days ago (never before first contact)… */
  windowOpensDaysAgo: number;
  /** …and its last deal falls this many days ago. */
  windowClosesDaysAgo: readonly [number, number];
  shape: DealShape;
  /** Per-deal volume factor at a position 0…1 through the window (trial orders, growth, decline). */
  volume(position: number): number;
  /** Days between logged contacts. */
  contactEveryDays: readonly [number, number];
  /** A customer of type `both` with this archetype also sells in deals. */
  sellsInDeals: boolean;
}

const YEAR = 364;
const flat = () => 1;

export const ARCHETYPES: Readonly<Record<DemoArchetype, ArchetypeRule>> = {
  /** 忠诚: buys every month all year (at least 8 deals, so ≥ 4 distinct months). */
  loyal: {
    buyerShare: 12, firstContactDaysAgo: [400, 1500], minDeals: 8, dealWeight: 5,
    windowOpensDaysAgo: YEAR, windowClosesDaysAgo: [0, 6], shape: 'even', volume: flat, contactEveryDays: [7, 20], sellsInDeals: true,
  },
  /** 形成期: met 7–11 months ago, deals and volumes rising. */
  growing: {
    buyerShare: 9, firstContactDaysAgo: [200, 330], minDeals: 4, dealWeight: 3,
    windowOpensDaysAgo: YEAR, windowClosesDaysAgo: [0, 10], shape: 'rising', volume: (p) => 0.4 + 1.2 * p, contactEveryDays: [5, 15], sellsInDeals: false,
  },
  /** 稳定期: an old customer buying at an even pace. */
  steady: {
    buyerShare: 18, firstContactDaysAgo: [400, 1500], minDeals: 4, dealWeight: 2.5,
    windowOpensDaysAgo: YEAR, windowClosesDaysAgo: [0, 20], shape: 'even', volume: flat, contactEveryDays: [15, 30], sellsInDeals: true,
  },
  /** 退化期: gaps widening and volumes shrinking; last deal 25–80 days ago. */
  declining: {
    buyerShare: 9, firstContactDaysAgo: [450, 1500], minDeals: 4, dealWeight: 2,
    windowOpensDaysAgo: YEAR, windowClosesDaysAgo: [25, 80], shape: 'falling', volume: (p) => 1.5 - p, contactEveryDays: [20, 40], sellsInDeals: false,
  },
  /** Lapsed: bought earlier in the year, nothing for the last 125+ days. */
  lapsed: {
    buyerShare: 10, firstContactDaysAgo: [420, 1200], minDeals: 2, dealWeight: 1,
    windowOpensDaysAgo: YEAR, windowClosesDaysAgo: [125, 220], shape: 'even', volume: flat, contactEveryDays: [30, 60], sellsInDeals: false,
  },
  /** Brand new: met 30–75 days ago, first deal within the last 58 days, small trial orders. */
  new: {
    buyerShare: 7, firstContactDaysAgo: [30, 75], minDeals: 1, dealWeight: 0.6,
    windowOpensDaysAgo: 58, windowClosesDaysAgo: [0, 5], shape: 'even', volume: () => 0.6, contactEveryDays: [4, 10], sellsInDeals: false,
  },
  /** One deal, at least 70 days ago, never again. */
  oneOff: {
    buyerShare: 8, firstContactDaysAgo: [90, 700], minDeals: 1, dealWeight: 0,
    windowOpensDaysAgo: YEAR, windowClosesDaysAgo: [70, 70], shape: 'even', volume: flat, contactEveryDays: [40, 90], sellsInDeals: false,
  },
  /** 潜在: in contact, no deal yet. */
  potential: {
    buyerShare: 15, firstContactDaysAgo: [5, 300], minDeals: 0, dealWeight: 0,
    windowOpensDaysAgo: 0, windowClosesDaysAgo: [0, 0], shape: 'even', volume: flat, contactEveryDays: [15, 45], sellsInDeals: false,
  },
  /** 外围: known by name in the market, never contacted: no first contact, no log, no deal. */
  peripheral: {
    buyerShare: 12, minDeals: 0, dealWeight: 0,
    windowOpensDaysAgo: 0, windowClosesDaysAgo: [0, 0], shape: 'even', volume: flat, contactEveryDays: [0, 0], sellsInDeals: false,
  },
  /** A seller the company buys from for its buyers: contacted long ago, sells all year. */
  supplier: {
    buyerShare: 0, firstContactDaysAgo: [400, 1500], minDeals: 0, dealWeight: 0,
    windowOpensDaysAgo: 0, windowClosesDaysAgo: [0, 0], shape: 'even', volume: flat, contactEveryDays: [7, 20], sellsInDeals: true,
  },
};

/** The archetypes of buying customers in the order their quota bands are laid out (loyal first). */
export const BUYER_ARCHETYPES = new Weighted<DemoArchetype>(
  (Object.keys(ARCHETYPES) as DemoArchetype[]).map((archetype) => [archetype, ARCHETYPES[archetype].buyerShare] as const),
);
