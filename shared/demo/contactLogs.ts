import { CATEGORIES } from '../catalogue/categories';
import { uuidv7 } from '../ids/uuidv7';
import type { Contact, ContactChannel, ContactLog } from '../model/customer';
import { ARCHETYPES } from './archetypes';
import { epochMs, isoDateOf, isoDateTime } from '../calendar/marketCalendar';
import { companyNames } from './companyNames';
import { contactsOf } from './contacts';
import type { DemoContext } from './context';
import type { CustomerProfile } from './customerProfile';
import { ARCHETYPE_PHRASES, FIRST_CONTACT_PHRASES, LOG_PHRASES, REFERRED_FIRST_CONTACT } from './data/logPhrases';
import { DEMO_PRODUCTS } from './products/catalogue';
import { Random } from './random';
import { STREAM } from './streams';
import { Weighted } from './weighted';

const CHANNELS = new Weighted<ContactChannel>([['phone', 40], ['wechat', 40], ['visit', 10], ['sms', 5], ['email', 5]]);
/** Logs reach back this far before today (older history is not part of the demo). */
const HISTORY_DAYS = 400;
const ARCHETYPE_PHRASE_SHARE = 0.4;
const FOLLOW_UP_SHARE = 0.35;
const NAMED_CONTACT_SHARE = 0.85;

function fillPhrase(template: string, customer: CustomerProfile, contact: Contact | undefined, rng: Random): string {
  const category = rng.pick(customer.categories);
  return template
    .replace('{category}', CATEGORIES[category].zh)
    .replace('{tons}', String(Math.max(5, Math.round(rng.int(10, 120) * customer.size))))
    .replace('{price}', String(DEMO_PRODUCTS[category].priceYuan[0] + rng.int(0, 40) * 10))
    .replace('{title}', contact?.title ?? '老板');
}

function summary(ctx: DemoContext, customer: CustomerProfile, channel: ContactChannel, first: boolean, rng: Random): string {
  if (first) {
    return customer.referredByIndex === undefined
      ? rng.pick(FIRST_CONTACT_PHRASES)
      : REFERRED_FIRST_CONTACT.replace('{referrer}', companyNames(ctx, ctx.customers[customer.referredByIndex]!).shortName);
  }
  const special = ARCHETYPE_PHRASES[customer.archetype];
  return special && rng.chance(ARCHETYPE_PHRASE_SHARE) ? rng.pick(special) : rng.pick(LOG_PHRASES[channel]);
}

/**
 * A customer's contact logs (跟进记录), oldest first: one on the day of first contact, then one
 * every few days or weeks as its archetype has it, up to today. A customer never contacted has
 * none. Depends only on the seed and the customer.
 */
export function contactLogsOf(ctx: DemoContext, customer: CustomerProfile): ContactLog[] {
  if (customer.firstContactDay === undefined) return [];
  const rng = Random.derive(ctx.seed, STREAM.contactLogs, customer.index);
  const contacts = contactsOf(ctx, customer);
  const brokerId = ctx.brokers[customer.brokerIndex]!.id;
  const [minGap, maxGap] = ARCHETYPES[customer.archetype].contactEveryDays;
  const logs: ContactLog[] = [];
  let day = customer.firstContactDay;
  while (day <= ctx.today) {
    const first = logs.length === 0;
    const channel = CHANNELS.pick(rng);
    const contact = contacts.length > 0 && rng.chance(NAMED_CONTACT_SHARE) ? rng.pick(contacts) : undefined;
    const minute = rng.int(8 * 60, 18 * 60);
    const text = summary(ctx, customer, channel, first, rng);
    logs.push({
      id: uuidv7(epochMs(day, minute), rng.bytes),
      customerId: customer.id,
      ...(contact && { contactId: contact.id }),
      brokerId,
      at: isoDateTime(day, minute),
      channel,
      summary: fillPhrase(text, customer, contact, rng),
      ...(rng.chance(FOLLOW_UP_SHARE) && { nextFollowUpOn: isoDateOf(day + rng.int(2, 14)) }),
    });
    day = Math.max(day, ctx.today - HISTORY_DAYS) + rng.int(minGap, maxGap);
  }
  return logs;
}

/** Every customer's contact logs, customer by customer. */
export function* generateContactLogs(ctx: DemoContext): Generator<ContactLog> {
  for (const customer of ctx.customers) yield* contactLogsOf(ctx, customer);
}
