import type { DeliveryTerms } from '../model/terms';
import { isoDateOf } from '../calendar/marketCalendar';
import type { Random } from './random';

/** Delivery terms with the window as day numbers too, for the deal's timeline. */
export interface SampledDelivery {
  terms: DeliveryTerms;
  fromDay: number;
  toDay: number;
}

const PICKUP_SHARE = 0.6;
const AREAS = ['新区', '开发区', '高新区', '经开区', '港区'];
const SITES = ['安置房', '产业园', '地铁', '学校', '医院', '厂房', '物流园'];

/** Pickup at the lot's warehouse (自提) or delivery to the buyer's site (配送), within a few days of the deal. */
export function sampleDelivery(day: number, warehouse: string, buyerCity: string, rng: Random): SampledDelivery {
  const fromDay = day + rng.int(0, 2);
  const toDay = fromDay + rng.int(0, 5);
  const window = { from: isoDateOf(fromDay), to: isoDateOf(toDay) };
  const terms: DeliveryTerms = rng.chance(PICKUP_SHARE)
    ? { method: 'pickup', warehouse, ...window }
    : { method: 'delivery', address: `${buyerCity}${rng.pick(AREAS)}${rng.pick(SITES)}项目工地`, ...window };
  return { terms, fromDay, toDay };
}
