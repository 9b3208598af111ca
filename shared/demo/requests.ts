import { gradeFit } from '../catalogue/gradeSubstitution';
import { uuidv7 } from '../ids/uuidv7';
import type { BuyRequest, RequestLine } from '../model/request';
import { epochMs, isoDateOf, isoDateTime } from '../calendar/marketCalendar';
import type { DemoContext } from './context';
import type { CustomerProfile } from './customerProfile';
import { samplePriceFen } from './marketPrice';
import { DEMO_PRODUCTS } from './products/catalogue';
import type { DemoProduct, DemoSpec } from './products/demoProduct';
import { Random } from './random';
import { samplePaymentTerms } from './paymentTerms';
import { formatRequestLine } from './requestLine';
import { STREAM } from './streams';
import { Weighted } from './weighted';

const MAX_AGE_DAYS = 15;
const LINE_COUNTS = new Weighted([[1, 60], [2, 30], [3, 10]]);
/** Buyers ask in whole tonnes. */
const TONNES: readonly [number, number] = [5, 150];
/** Buyers aim 30–80 yuan under the market, in tens. */
const TARGET_BELOW_MARKET_TENS: readonly [number, number] = [3, 8];
const CLOSED_SHARE = 0.12;
/** Share of buyers who, asking for an offered grade, also accept its substitutes. */
const SUBSTITUTES_SHARE = 0.4;
const NOTES = ['工地急用', '要求带质保书', '可以分批到货', '价格合适马上定', '下午前回复'];

/** A target price a little under the market for the grade asked (its band, if offers use it). */
function targetPriceFen(ctx: DemoContext, product: DemoProduct, asked: string, spec: DemoSpec, day: number, rng: Random): number {
  const grade = product.grades.values.find((g) => g.name === asked) ?? { name: asked, premiumYuan: 0 };
  const below = rng.int(TARGET_BELOW_MARKET_TENS[0], TARGET_BELOW_MARKET_TENS[1]) * 10 * 100;
  return samplePriceFen(rng, product, grade, spec.premiumYuan, day, ctx.today) - below;
}

/**
 * The grade asked first, then the offered grades the buyer accepts in its place (by the
 * catalogue's substitution rules): always when no offer carries the grade asked (HRB400, Q345B),
 * otherwise when the buyer says so.
 */
function acceptedGrades(product: DemoProduct, rng: Random): string[] {
  const asked = product.requestGrades.pick(rng);
  const offered = product.grades.values.map((g) => g.name);
  const substitutes = offered.filter((name) => gradeFit(name, asked) === 'substitute');
  const accepts = !offered.includes(asked) || rng.chance(SUBSTITUTES_SHARE);
  return accepts ? [asked, ...substitutes] : [asked];
}

function requestLine(ctx: DemoContext, buyer: CustomerProfile, day: number, ms: number, rng: Random): RequestLine {
  const product = DEMO_PRODUCTS[rng.pick(buyer.categories)];
  const grades = acceptedGrades(product, rng);
  const spec = product.sampleSpec(rng);
  const tolerance = product.requestTolerance(spec.spec, rng);
  const brands = rng.chance(0.3) ? rng.sample(product.mills, rng.int(1, 2)) : undefined;
  const target = rng.chance(0.4) ? targetPriceFen(ctx, product, grades[0]!, spec, day, rng) : undefined;
  const line: Omit<RequestLine, 'sourceText'> = {
    lineId: uuidv7(ms, rng.bytes),
    category: product.category,
    grades,
    spec: spec.spec,
    ...(tolerance && { tolerance }),
    ...(brands && { brands }),
    ...(rng.chance(0.7) && { deliveryCity: buyer.city.name }),
    weightKg: Math.max(1, Math.round(rng.int(TONNES[0], TONNES[1]) * buyer.size)) * 1000,
    ...(target !== undefined && { targetPriceFenPerTon: target }),
    ...(rng.chance(0.6) && { latestOn: isoDateOf(day + rng.int(2, 15)) }),
  };
  return { ...line, sourceText: formatRequestLine(product, spec, line) };
}

/**
 * Buy requests (求购) received in the last two weeks from contacted buyers, with 1–3 lines,
 * accepted grade substitutes and tolerances. Request `i` depends only on the seed and `i`.
 */
export function* generateRequests(ctx: DemoContext, count: number = ctx.options.requests): Generator<BuyRequest> {
  for (let i = 0; i < count; i++) {
    const rng = Random.derive(ctx.seed, STREAM.requests, i);
    const buyer = rng.pick(ctx.requestBuyers);
    const day = ctx.today - Math.floor(MAX_AGE_DAYS * rng.next() ** 2);
    const minute = rng.int(8 * 60, 19 * 60);
    const ms = epochMs(day, minute);
    const lines = Array.from({ length: LINE_COUNTS.pick(rng) }, () => requestLine(ctx, buyer, day, ms, rng));
    const expired = lines.some((line) => line.latestOn !== undefined && line.latestOn < isoDateOf(ctx.today));
    yield {
      id: uuidv7(ms, rng.bytes),
      buyerId: buyer.id,
      brokerId: ctx.brokers[buyer.brokerIndex]!.id,
      receivedAt: isoDateTime(day, minute),
      lines,
      ...(rng.chance(0.5) && { payment: samplePaymentTerms(buyer.payment, rng) }),
      status: expired || rng.chance(CLOSED_SHARE) ? 'closed' : 'open',
      ...(rng.chance(0.2) && { note: rng.pick(NOTES) }),
    };
  }
}
