import { uuidv7 } from '../ids/uuidv7';
import type { Contact } from '../model/customer';
import { epochMs } from '../calendar/marketCalendar';
import type { DemoContext } from './context';
import type { CustomerProfile } from './customerProfile';
import { KEY_TITLES, STAFF_TITLES } from './data/personNames';
import { samplePerson } from './person';
import { mobileNumber, wechatId } from './phones';
import { Random } from './random';
import { STREAM } from './streams';
import { Weighted } from './weighted';

const CONTACT_COUNTS = new Weighted([[1, 50], [2, 35], [3, 15]]);
const TITLES = new Weighted(STAFF_TITLES);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function birthday(rng: Random): string {
  const month = rng.int(1, 12);
  const day = rng.int(1, DAYS_IN_MONTH[month - 1]!);
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The people at a customer (联系人): 1–3 with Chinese names, the first the key decision maker
 * (老板/总经理/采购经理). A customer never contacted has at most its boss's name, known in the
 * market. Depends only on the seed and the customer, so contact logs can look contacts up again.
 */
export function contactsOf(ctx: DemoContext, customer: CustomerProfile): Contact[] {
  const rng = Random.derive(ctx.seed, STREAM.contacts, customer.index);
  const known = customer.firstContactDay !== undefined;
  const count = known ? CONTACT_COUNTS.pick(rng) : rng.int(0, 1);
  const since = customer.firstContactDay ?? ctx.today;
  return Array.from({ length: count }, (_, i) => {
    const person = samplePerson(rng);
    const phone = mobileNumber(rng);
    return {
      id: uuidv7(epochMs(since, 9 * 60 + i), rng.bytes),
      customerId: customer.id,
      name: person.name,
      title: i === 0 ? rng.pick(KEY_TITLES) : TITLES.pick(rng),
      ...(known && { phone }),
      ...(known && rng.chance(0.85) && { wechat: wechatId(rng, person.syllables, phone) }),
      ...(known && rng.chance(0.6) && { birthday: birthday(rng) }),
      isKey: i === 0,
    };
  });
}

/** Every customer's contacts, customer by customer. */
export function* generateContacts(ctx: DemoContext): Generator<Contact> {
  for (const customer of ctx.customers) yield* contactsOf(ctx, customer);
}
