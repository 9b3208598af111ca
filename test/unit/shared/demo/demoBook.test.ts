import { describe, expect, it } from 'vitest';
import { dayOf } from '../../../../shared/calendar/marketCalendar';
import { createDemoContext, DEMO_TODAY, generateDemoBook, type DemoBook } from '../../../../shared/demo/index';
import { TABLE_SCHEMAS, type TableName } from '../../../../shared/model/tables';

const book = generateDemoBook();
const today = dayOf(DEMO_TODAY);
const END_OF_TODAY = `${DEMO_TODAY}T18:00:00+08:00`;

function tables(b: DemoBook): Array<[TableName, unknown[]]> {
  return Object.entries(b) as Array<[TableName, unknown[]]>;
}

// Generous timeouts: the book is validated record by record on a shared 2-core machine.
describe('generateDemoBook', { timeout: 120_000 }, () => {
  it('gives the same book for the same seed and options', () => {
    expect(generateDemoBook()).toEqual(book);
  });

  it('gives a different book for a different seed', () => {
    const other = generateDemoBook({ seed: 1 });
    expect(other.customers.map((c) => c.name)).not.toEqual(book.customers.map((c) => c.name));
    expect(other.offers[0]).not.toEqual(book.offers[0]);
    expect(other.deals.map((d) => d.id)).not.toEqual(book.deals.map((d) => d.id));
  });

  it('makes the default sizes of the demo company', () => {
    expect(book.brokers).toHaveLength(5);
    expect(book.customers).toHaveLength(300);
    expect(book.offers).toHaveLength(2_000);
    expect(book.requests).toHaveLength(300);
    expect(book.deals).toHaveLength(2_400);
    expect(book.contacts.length).toBeGreaterThan(300);
    expect(book.contactLogs.length).toBeGreaterThan(1_000);
    expect(book.ratings.length).toBeGreaterThan(100);
  });

  it('makes exactly the counts asked for', () => {
    const small = generateDemoBook({ seed: 9, brokers: 3, customers: 40, offers: 123, requests: 17, deals: 250 });
    expect([small.brokers, small.customers, small.offers, small.requests, small.deals].map((t) => t.length)).toEqual([3, 40, 123, 17, 250]);
  });

  it('writes only records that pass their table schema (no meta: the store adds it)', () => {
    for (const [table, records] of tables(book)) {
      const schema = TABLE_SCHEMAS[table];
      for (const record of records) {
        const result = schema.safeParse(record);
        if (!result.success) throw new Error(`${table}: ${JSON.stringify(record)}\n${result.error.message}`);
        expect(record).not.toHaveProperty('meta');
      }
    }
  });

  it('gives every record a distinct id', () => {
    const ids = tables(book).flatMap(([, records]) => (records as Array<{ id: string }>).map((r) => r.id));
    const lineIds = book.requests.flatMap((r) => r.lines.map((l) => l.lineId));
    expect(new Set([...ids, ...lineIds]).size).toBe(ids.length + lineIds.length);
  });

  it('refers only to records that exist', () => {
    const customers = new Map(book.customers.map((c) => [c.id, c]));
    const brokers = new Set(book.brokers.map((b) => b.id));
    const contacts = new Map(book.contacts.map((c) => [c.id, c]));
    const deals = new Map(book.deals.map((d) => [d.id, d]));
    for (const c of book.customers) {
      expect(brokers.has(c.brokerId)).toBe(true);
      if (c.referredById) expect(customers.has(c.referredById)).toBe(true);
    }
    for (const c of book.contacts) expect(customers.has(c.customerId)).toBe(true);
    for (const log of book.contactLogs) {
      expect(customers.has(log.customerId)).toBe(true);
      expect(brokers.has(log.brokerId)).toBe(true);
      if (log.contactId) expect(contacts.get(log.contactId)?.customerId).toBe(log.customerId);
    }
    for (const o of book.offers) expect(customers.get(o.sellerId)?.type).not.toBe('buyer');
    for (const r of book.requests) {
      expect(customers.get(r.buyerId)?.type).not.toBe('seller');
      expect(brokers.has(r.brokerId)).toBe(true);
    }
    for (const d of book.deals) {
      expect(customers.get(d.buyerId)?.type).not.toBe('seller');
      expect(customers.get(d.sellerId)?.type).not.toBe('buyer');
      expect(d.buyerId).not.toBe(d.sellerId);
      expect(brokers.has(d.brokerId)).toBe(true);
    }
    for (const r of book.ratings) {
      const deal = deals.get(r.dealId)!;
      expect(deal.status).toBe('settled');
      expect(r.customerId).toBe(r.byRole === 'buyer' ? deal.sellerId : deal.buyerId);
      expect(r.at > deal.settledAt!).toBe(true);
    }
  });

  it('numbers deals uniquely as <broker prefix>-<YYYYMMDD>-<seq>', () => {
    const prefixes = new Map(book.brokers.map((b) => [b.id, b.prefix]));
    expect(new Set(book.deals.map((d) => d.number)).size).toBe(book.deals.length);
    for (const d of book.deals) {
      expect(d.number).toBe(`${prefixes.get(d.brokerId)}-${d.dealOn.replaceAll('-', '')}-${d.number.split('-')[2]}`);
      expect(d.number).toMatch(/^[A-Z]{2,4}-\d{8}-\d{3,}$/);
    }
  });

  it('gives customers distinct company names in 地名+字号+行业+有限公司 form', () => {
    expect(new Set(book.customers.map((c) => c.name)).size).toBe(book.customers.length);
    for (const c of book.customers) {
      expect(c.name.startsWith(c.city!)).toBe(true);
      expect(c.name.endsWith('有限公司')).toBe(true);
      expect(c.name).toContain(c.shortName!.slice(0, 2));
    }
  });

  it('keeps deals in the 12 months before today with steps in order and none after today', () => {
    for (const d of book.deals) {
      const day = dayOf(d.dealOn);
      expect(day).toBeGreaterThanOrEqual(today - 364);
      expect(day).toBeLessThanOrEqual(today);
      const steps = [d.approvedAt, d.confirmedAt, d.deliveredAt, d.settledAt].filter((s): s is string => s !== undefined);
      expect([...steps].sort()).toEqual(steps);
      for (const step of [...steps, d.cancelledAt]) if (step) expect(step <= END_OF_TODAY).toBe(true);
      expect(d.delivery.from >= d.dealOn && d.delivery.to >= d.delivery.from).toBe(true);
      expect(d.confirmedAt === undefined).toBe(d.status === 'draft');
      expect(d.deliveredAt !== undefined).toBe(d.status === 'delivered' || d.status === 'settled');
      expect(d.settledAt !== undefined).toBe(d.status === 'settled');
      expect(d.paidOnTime !== undefined).toBe(d.status === 'settled');
      expect(d.cancelledAt !== undefined).toBe(d.status === 'cancelled');
      if (d.needsApproval && d.status !== 'draft') expect(d.approvedAt).toBeDefined();
    }
  });

  it('has mostly settled deals, recent ones confirmed or delivered, a few drafts and cancellations', () => {
    const count = (status: string) => book.deals.filter((d) => d.status === status).length;
    expect(count('settled')).toBeGreaterThan(book.deals.length * 0.8);
    expect(count('delivered') + count('confirmed')).toBeGreaterThan(10);
    expect(count('draft')).toBeGreaterThan(0);
    expect(count('cancelled')).toBeGreaterThan(0);
    expect(count('cancelled')).toBeLessThan(book.deals.length * 0.06);
    const recent = book.deals.filter((d) => d.status === 'draft' || d.status === 'confirmed');
    expect(recent.every((d) => dayOf(d.dealOn) >= today - 30)).toBe(true);
    const settled = book.deals.filter((d) => d.status === 'settled');
    expect(settled.filter((d) => d.paidOnTime).length / settled.length).toBeGreaterThan(0.85);
  });

  it('charges commission per tonne (¥10–30/t) or as a spread under the buyer price', () => {
    for (const d of book.deals) {
      if (d.commission.kind === 'per_ton') {
        expect(d.commission.fenPerTon).toBeGreaterThanOrEqual(1_000);
        expect(d.commission.fenPerTon).toBeLessThanOrEqual(3_000);
        expect(d.lines.every((l) => l.sellerPriceFenPerTon === undefined)).toBe(true);
      } else {
        for (const l of d.lines) {
          const spread = l.priceFenPerTon - l.sellerPriceFenPerTon!;
          expect(spread).toBeGreaterThanOrEqual(1_000);
          expect(spread).toBeLessThanOrEqual(3_000);
        }
      }
    }
    expect(new Set(book.deals.map((d) => d.commission.kind))).toEqual(new Set(['per_ton', 'spread']));
  });

  it('gives contacted customers 1–3 contacts with exactly one key person', () => {
    const byCustomer = new Map<string, typeof book.contacts>();
    for (const c of book.contacts) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c]);
    for (const c of book.customers.filter((c) => c.firstContactOn)) {
      const contacts = byCustomer.get(c.id) ?? [];
      expect(contacts.length).toBeGreaterThanOrEqual(1);
      expect(contacts.length).toBeLessThanOrEqual(3);
      expect(contacts.filter((p) => p.isKey)).toHaveLength(1);
      expect(contacts.every((p) => /^1[3-9]\d{9}$/.test(p.phone!))).toBe(true);
    }
  });

  it('logs contacts between first contact and today', () => {
    const customers = new Map(book.customers.map((c) => [c.id, c]));
    for (const log of book.contactLogs) {
      const first = customers.get(log.customerId)!.firstContactOn!;
      expect(log.at.slice(0, 10) >= first).toBe(true);
      expect(log.at <= END_OF_TODAY).toBe(true);
    }
  });

  it('refers customers only to ones contacted before them', () => {
    const customers = new Map(book.customers.map((c) => [c.id, c]));
    const referred = book.customers.filter((c) => c.referredById);
    expect(referred.length).toBeGreaterThan(10);
    for (const c of referred) expect(customers.get(c.referredById!)!.firstContactOn! < c.firstContactOn!).toBe(true);
  });

  it('lets createDemoContext describe the same customers as the book', () => {
    const ctx = createDemoContext();
    expect(ctx.customers.map((c) => c.id)).toEqual(book.customers.map((c) => c.id));
    expect(ctx.brokers).toEqual(book.brokers);
  });

  it('refuses bad options, naming the option', () => {
    expect(() => generateDemoBook({ customers: 1 })).toThrow(/customers/);
    expect(() => generateDemoBook({ offers: 1.5 })).toThrow(/offers/);
    expect(() => generateDemoBook({ brokers: 0 })).toThrow(/brokers/);
    expect(() => generateDemoBook({ seed: -1 })).toThrow(/seed/);
    expect(() => generateDemoBook({ today: '2026-02-30' })).toThrow(/2026-02-30/);
    expect(() => generateDemoBook({ customers: 100, deals: 10 })).toThrow(/minimum/);
  });
});
