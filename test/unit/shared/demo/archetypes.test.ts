import { describe, expect, it } from 'vitest';
import type { DemoArchetype } from '../../../../shared/demo/archetypes';
import { dayOf } from '../../../../shared/calendar/marketCalendar';
import { createDemoContext, DEMO_TODAY, generateDemoBook } from '../../../../shared/demo/index';
import type { Deal } from '../../../../shared/model/deal';

const book = generateDemoBook();
const ctx = createDemoContext();
const today = dayOf(DEMO_TODAY);

const dealsOf = new Map<string, Deal[]>();
for (const deal of book.deals) {
  for (const id of [deal.buyerId, deal.sellerId]) dealsOf.set(id, [...(dealsOf.get(id) ?? []), deal]);
}
const logsOf = new Set(book.contactLogs.map((log) => log.customerId));
const customerById = new Map(book.customers.map((c) => [c.id, c]));

function ofArchetype(archetype: DemoArchetype) {
  return ctx.customers.filter((c) => c.archetype === archetype).map((profile) => ({
    profile,
    customer: customerById.get(profile.id)!,
    deals: (dealsOf.get(profile.id) ?? []).map((d) => d.dealOn).sort(),
  }));
}

const weightOf = (d: Deal) => d.lines.reduce((sum, l) => sum + l.weightKg, 0);
const buyingDeals = (id: string) => (dealsOf.get(id) ?? []).filter((d) => d.buyerId === id).sort((a, b) => (a.dealOn < b.dealOn ? -1 : 1));

describe('demo customer archetypes', { timeout: 60_000 }, () => {
  it('puts every archetype in the default book, at least 15 of each', () => {
    const archetypes: DemoArchetype[] = ['loyal', 'growing', 'steady', 'declining', 'lapsed', 'new', 'oneOff', 'potential', 'peripheral', 'supplier'];
    for (const archetype of archetypes) expect(ofArchetype(archetype).length, archetype).toBeGreaterThanOrEqual(15);
  });

  it('gives loyal customers at least 6 deals in at least 4 distinct months of the last 12', () => {
    for (const { deals } of ofArchetype('loyal')) {
      expect(deals.length).toBeGreaterThanOrEqual(6);
      expect(new Set(deals.map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(4);
    }
  });

  it('has lapsed customers who bought but not for more than 120 days', () => {
    const lapsed = ofArchetype('lapsed');
    for (const { deals } of lapsed) {
      expect(deals.length).toBeGreaterThan(0);
      expect(today - dayOf(deals.at(-1)!)).toBeGreaterThan(120);
    }
  });

  it('has brand-new customers whose first deal is in the last two months', () => {
    for (const { customer, deals } of ofArchetype('new')) {
      expect(today - dayOf(deals[0]!)).toBeLessThanOrEqual(60);
      expect(today - dayOf(customer.firstContactOn!)).toBeLessThanOrEqual(75);
      expect(customer.firstContactOn! < deals[0]!).toBe(true);
    }
  });

  it('has one-off buyers with exactly one deal, months ago', () => {
    for (const { deals } of ofArchetype('oneOff')) {
      expect(deals).toHaveLength(1);
      expect(today - dayOf(deals[0]!)).toBeGreaterThanOrEqual(70);
    }
  });

  it('has potential customers: contacted and logged, no deal', () => {
    for (const { customer, deals } of ofArchetype('potential')) {
      expect(customer.firstContactOn).toBeDefined();
      expect(logsOf.has(customer.id)).toBe(true);
      expect(deals).toHaveLength(0);
    }
  });

  it('has peripheral customers never contacted: no first contact, log, deal, offer or request', () => {
    const offering = new Set(book.offers.map((o) => o.sellerId));
    const requesting = new Set(book.requests.map((r) => r.buyerId));
    for (const { customer, deals } of ofArchetype('peripheral')) {
      expect(customer.firstContactOn).toBeUndefined();
      expect(logsOf.has(customer.id)).toBe(false);
      expect(deals).toHaveLength(0);
      expect(offering.has(customer.id) || requesting.has(customer.id)).toBe(false);
    }
  });

  it('has growing customers buying more in the second half of their time with us', () => {
    const growing = ofArchetype('growing').filter(({ profile }) => {
      const deals = buyingDeals(profile.id);
      const middle = (profile.firstContactDay! + today) / 2;
      const early = deals.filter((d) => dayOf(d.dealOn) < middle).reduce((s, d) => s + weightOf(d), 0);
      const late = deals.filter((d) => dayOf(d.dealOn) >= middle).reduce((s, d) => s + weightOf(d), 0);
      return late > early;
    });
    expect(growing.length / ofArchetype('growing').length).toBeGreaterThan(0.75);
  });

  it('has declining customers whose gaps between deals widen', () => {
    const declining = ofArchetype('declining');
    const widening = declining.filter(({ profile }) => {
      const days = buyingDeals(profile.id).map((d) => dayOf(d.dealOn));
      const gaps = days.slice(1).map((day, i) => day - days[i]!);
      const half = Math.floor(gaps.length / 2);
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      return mean(gaps.slice(gaps.length - half)) > mean(gaps.slice(0, half));
    });
    expect(widening.length / declining.length).toBeGreaterThan(0.75);
  });

  it('lets suppliers sell in deals and post offers without buying', () => {
    const offering = new Set(book.offers.map((o) => o.sellerId));
    const suppliers = ofArchetype('supplier');
    for (const { profile } of suppliers) expect(buyingDeals(profile.id)).toHaveLength(0);
    expect(suppliers.filter(({ profile }) => (dealsOf.get(profile.id) ?? []).length > 0).length / suppliers.length).toBeGreaterThan(0.8);
    expect(suppliers.filter(({ profile }) => offering.has(profile.id)).length).toBeGreaterThan(suppliers.length / 2);
  });
});
