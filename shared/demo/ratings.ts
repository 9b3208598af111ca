import { uuidv7 } from '../ids/uuidv7';
import type { Deal, Rating } from '../model/deal';
import { dayOf, epochMs, isoDateTime } from '../calendar/marketCalendar';
import type { DemoContext } from './context';
import { Random } from './random';
import { STREAM } from './streams';
import { Weighted } from './weighted';

const BUYER_RATES_SHARE = 0.35;
const SELLER_RATES_SHARE = 0.25;
const SCORES = new Weighted([[5, 50], [4, 35], [3, 10], [2, 4], [1, 1]]);
const LATE_PAYER_SCORES = new Weighted([[3, 50], [2, 40], [1, 10]]);
const COMMENTS: Readonly<Record<'buyer' | 'seller', readonly string[]>> = {
  buyer: ['发货及时', '质量没问题', '磅差在范围内', '规格齐全', '装车慢了点', '磅差偏大'],
  seller: ['付款爽快', '对账清楚', '提货及时', '回款慢', '沟通顺畅'],
};

/**
 * The ratings (客户评价) given after a settled deal: the buyer rates the seller and/or the seller
 * rates the buyer, one to three days after settlement (none yet for very recent ones). `customerId` is the customer being rated and
 * `byRole` the side that gave the rating. A buyer who paid late gets a low score. Depends only on
 * the seed and the deal, so ratings can be made while deals stream.
 */
export function ratingsOf(ctx: DemoContext, deal: Deal): Rating[] {
  if (deal.status !== 'settled' || deal.settledAt === undefined) return [];
  const rng = Random.derive(ctx.seed, STREAM.ratings, parseInt(deal.id.slice(-8), 16));
  const settledDay = dayOf(deal.settledAt.slice(0, 10));
  const ratings: Rating[] = [];
  for (const byRole of ['buyer', 'seller'] as const) {
    if (!rng.chance(byRole === 'buyer' ? BUYER_RATES_SHARE : SELLER_RATES_SHARE)) continue;
    const day = settledDay + rng.int(1, 3);
    if (day > ctx.today) continue;
    const minute = rng.int(9 * 60, 17 * 60);
    const latePayer = byRole === 'seller' && deal.paidOnTime === false;
    ratings.push({
      id: uuidv7(epochMs(day, minute), rng.bytes),
      dealId: deal.id,
      customerId: byRole === 'buyer' ? deal.sellerId : deal.buyerId,
      byRole,
      score: (latePayer ? LATE_PAYER_SCORES : SCORES).pick(rng),
      ...(rng.chance(0.5) && { comment: latePayer ? '回款慢' : rng.pick(COMMENTS[byRole]) }),
      at: isoDateTime(day, minute),
    });
  }
  return ratings;
}
