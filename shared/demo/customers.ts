import type { Customer } from '../model/customer';
import { isoDateOf } from '../calendar/marketCalendar';
import { companyNames } from './companyNames';
import type { DemoContext } from './context';
import type { CustomerProfile } from './customerProfile';
import { landlineNumber, mobileNumber } from './phones';
import { Random } from './random';
import { STREAM } from './streams';

/** Buyers' monthly consumption and sellers' monthly sales, tonnes, before the customer's size. */
const MONTHLY_TONNES = { buyer: 150, seller: 800, both: 400 } as const;
/** Credit limits are round sums: ¥200,000 to ¥5,000,000 scaled by size. */
const CREDIT_LIMIT_YUAN_STEP = 100_000;
const BIG_CUSTOMER_SIZE = 2;
const NOTES = ['每月初对账', '只要大厂货', '工地在郊区，需送货', '老板爱喝茶，拜访带点茶叶', '开票要求严格', '急单多，价格不敏感'];

function tagsOf(customer: CustomerProfile, rng: Random): string[] {
  const tags: string[] = [];
  if (customer.size >= BIG_CUSTOMER_SIZE) tags.push('大客户');
  if (customer.referredByIndex !== undefined) tags.push('转介绍');
  if (customer.payment === 'credit' && customer.firstContactDay !== undefined) tags.push('账期客户');
  if (customer.industry === 'construction') tags.push('工地');
  if (customer.type !== 'buyer') tags.push(customer.type === 'seller' ? '供应商' : '贸易商');
  if (rng.chance(0.15)) tags.push(rng.pick(['价格敏感', '重点跟进', '需配送', '要质保书']));
  return tags;
}

/**
 * The full record of a customer (客户): company and short name, region and city with a market
 * address, phones, assigned broker, categories, estimated monthly volume, payment preference and
 * credit limit, referral and tags. Peripheral customers (never contacted) have no first contact
 * and only what the market knows about them. Depends only on the seed and the customer.
 */
export function customerOf(ctx: DemoContext, customer: CustomerProfile): Customer {
  const rng = Random.derive(ctx.seed, STREAM.customers, customer.index);
  const { name, shortName } = companyNames(ctx, customer);
  const { firstContactDay } = customer;
  const contacted = firstContactDay !== undefined;
  const phones = [mobileNumber(rng)];
  if (rng.chance(0.5)) phones.push(landlineNumber(rng, customer.city.areaCode));
  const monthlyTonnes = Math.max(10, Math.round(MONTHLY_TONNES[customer.type] * customer.size));
  const creditLimitYuan = Math.max(2, Math.round(customer.size * rng.int(5, 20))) * CREDIT_LIMIT_YUAN_STEP;
  return {
    id: customer.id,
    name,
    shortName,
    type: customer.type,
    region: customer.city.region,
    city: customer.city.name,
    address: `${customer.city.name}市${rng.pick(customer.city.markets)}${rng.pick(['A', 'B', 'C', 'D'])}区${rng.int(1, 288)}号`,
    phones: contacted ? phones : phones.slice(1),
    brokerId: ctx.brokers[customer.brokerIndex]!.id,
    categories: [...customer.categories],
    ...((contacted || rng.chance(0.5)) && { estimatedMonthlyKg: monthlyTonnes * 1000 }),
    ...(contacted && { paymentPreference: customer.payment }),
    ...(contacted && customer.payment === 'credit' && { creditLimitFen: creditLimitYuan * 100 }),
    ...(customer.referredByIndex !== undefined && { referredById: ctx.customers[customer.referredByIndex]!.id }),
    ...(contacted && { firstContactOn: isoDateOf(firstContactDay) }),
    tags: tagsOf(customer, rng),
    ...(contacted && rng.chance(0.2) && { notes: rng.pick(NOTES) }),
  };
}

/** Every customer's record, in index order. */
export function* generateCustomers(ctx: DemoContext): Generator<Customer> {
  for (const customer of ctx.customers) yield customerOf(ctx, customer);
}
