import { uuidv7 } from '../ids/uuidv7';
import type { Commission, Deal, DealLine } from '../model/deal';
import { ARCHETYPES } from './archetypes';
import { epochMs, isoDateOf } from '../calendar/marketCalendar';
import type { DemoContext } from './context';
import type { CustomerProfile } from './customerProfile';
import { allocateDeals } from './dealAllocation';
import { DealNumbers } from './dealNumbers';
import { planDeals, type PlannedDeal } from './dealPlan';
import { dealTimeline } from './dealTimeline';
import { sampleDelivery } from './deliveryTerms';
import { sampleLot } from './lot';
import { samplePaymentTerms } from './paymentTerms';
import { Random } from './random';
import { STREAM } from './streams';
import { Weighted } from './weighted';

const LINE_COUNTS = new Weighted([[1, 70], [2, 22], [3, 8]]);
/** A deal is a fraction of an offered lot's typical size, scaled by the buyer's size and trend. */
const DEAL_SCALE = 0.6;
/** Sellers in the buyer's own region get most of its deals. */
const SAME_REGION_SHARE = 0.7;
const PER_TON_SHARE = 0.6;
/** Commission or spread, yuan per tonne. */
const COMMISSION_YUAN: readonly [number, number] = [10, 30];
const APPROVAL_SHARE = 0.05;
const DEAL_MINUTES: readonly [number, number] = [9 * 60, 17 * 60 + 30];
const TOLERANCES = new Weighted([[3, 80], [5, 15], [0, 5]]);
const OBJECTION_DAYS = new Weighted([[7, 60], [15, 30], [30, 10]]);
/** Chance that a credit buyer pays late: declining customers are slipping. */
const LATE_RISK = 0.1;
const DECLINING_LATE_RISK = 0.35;

function pickSeller(ctx: DemoContext, buyer: CustomerProfile, rng: Random): CustomerProfile {
  const local = ctx.dealSellersByRegion.get(buyer.city.region);
  for (;;) {
    const pool = local && rng.chance(SAME_REGION_SHARE) ? local : ctx.dealSellers;
    const seller = rng.pick(pool);
    if (seller !== buyer) return seller;
  }
}

function dealLine(ctx: DemoContext, buyer: CustomerProfile, seller: CustomerProfile, plan: PlannedDeal, spreadYuan: number | undefined, rng: Random): DealLine {
  const volume = DEAL_SCALE * buyer.size * ARCHETYPES[buyer.archetype].volume(plan.position);
  const lot = sampleLot(rng, rng.pick(buyer.categories), plan.day, ctx.today, seller.city, volume);
  return {
    category: lot.product.category,
    grade: lot.grade.name,
    spec: lot.spec.spec,
    brand: lot.mill,
    warehouse: lot.warehouse,
    weightKg: lot.weightKg,
    pieces: lot.pieces,
    weighing: lot.weighing,
    priceFenPerTon: lot.priceFenPerTon,
    ...(spreadYuan !== undefined && { sellerPriceFenPerTon: lot.priceFenPerTon - spreadYuan * 100 }),
  };
}

function dealOf(ctx: DemoContext, buyer: CustomerProfile, plan: PlannedDeal, numbers: DealNumbers, rng: Random): Deal {
  const seller = pickSeller(ctx, buyer, rng);
  const broker = ctx.brokers[buyer.brokerIndex]!;
  const minute = rng.int(DEAL_MINUTES[0], DEAL_MINUTES[1]);
  const commissionYuan = rng.int(COMMISSION_YUAN[0], COMMISSION_YUAN[1]);
  const commission: Commission = rng.chance(PER_TON_SHARE) ? { kind: 'per_ton', fenPerTon: commissionYuan * 100 } : { kind: 'spread' };
  const spreadYuan = commission.kind === 'spread' ? commissionYuan : undefined;
  const lines = Array.from({ length: LINE_COUNTS.pick(rng) }, () => dealLine(ctx, buyer, seller, plan, spreadYuan, rng));
  const delivery = sampleDelivery(plan.day, lines[0]!.warehouse!, buyer.city.name, rng);
  const payment = samplePaymentTerms(buyer.payment, rng);
  const needsApproval = rng.chance(APPROVAL_SHARE);
  const timeline = dealTimeline(
    {
      day: plan.day,
      minute,
      deliveryFrom: delivery.fromDay,
      deliveryTo: delivery.toDay,
      payment,
      needsApproval,
      lateRisk: buyer.archetype === 'declining' ? DECLINING_LATE_RISK : LATE_RISK,
    },
    ctx.today,
    rng,
  );
  return {
    id: uuidv7(epochMs(plan.day, minute), rng.bytes),
    number: numbers.next(broker.prefix, plan.day),
    buyerId: buyer.id,
    sellerId: seller.id,
    brokerId: broker.id,
    dealOn: isoDateOf(plan.day),
    lines,
    delivery: delivery.terms,
    payment,
    tolerancePerMille: TOLERANCES.pick(rng),
    objectionDays: OBJECTION_DAYS.pick(rng),
    commission,
    needsApproval,
    ...timeline,
  };
}

/**
 * Deals (成交) over the 12 months before today, exactly `count` of them, buyer by buyer: each
 * buying customer gets its archetype's share (see dealAllocation.ts) on the days its archetype
 * plans (see dealPlan.ts). Streams: holds one counter per allocated customer and per broker-day,
 * never the deals. Deal numbers are unique; statuses follow from the dates.
 */
export function* generateDeals(ctx: DemoContext, count: number = ctx.options.deals): Generator<Deal> {
  const counts = allocateDeals(ctx.customers, count);
  const numbers = new DealNumbers();
  for (const buyer of ctx.customers) {
    const dealCount = counts[buyer.index]!;
    if (dealCount === 0) continue;
    const rng = Random.derive(ctx.seed, STREAM.deals, buyer.index);
    const plans = planDeals(ARCHETYPES[buyer.archetype], dealCount, buyer.firstContactDay!, ctx.today, rng);
    for (const plan of plans) yield dealOf(ctx, buyer, plan, numbers, rng);
  }
}
