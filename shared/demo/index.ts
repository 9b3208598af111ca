/**
 * The deterministic demo book generator. For the demo company the app loads, call
 * `generateDemoBook(options)`. For benches and tests at scale, build a context once and stream:
 *
 * ```ts
 * const ctx = createDemoContext({ customers: 50_000 });
 * for (const offer of generateOffers(ctx, 100_000)) store(offer);
 * for (const deal of generateDeals(ctx, 500_000)) store(deal, ratingsOf(ctx, deal));
 * ```
 *
 * Every generator depends only on the seed, the options and the record's index, never on what
 * was generated before, so streams can run in any order and a prefix of a longer run equals a
 * shorter run (offers, requests).
 */
export { generateDemoBook, type DemoBook } from './demoBook';
export { createDemoContext, resolveDemoOptions, DEMO_SEED, DEMO_TODAY } from './context';
export type { DemoContext, DemoOptions, ResolvedDemoOptions } from './context';
export type { CustomerProfile } from './customerProfile';
export type { DemoArchetype } from './archetypes';
export { ARCHETYPES } from './archetypes';
export { generateCustomers, customerOf } from './customers';
export { generateContacts, contactsOf } from './contacts';
export { generateContactLogs, contactLogsOf } from './contactLogs';
export { generateOffers } from './offers';
export { generateRequests } from './requests';
export { generateDeals } from './deals';
export { minimumDeals } from './dealAllocation';
export { ratingsOf } from './ratings';
export { DEMO_PRODUCTS } from './products/catalogue';
export { Random } from './random';
