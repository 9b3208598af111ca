import { describe, expect, it } from 'vitest';
import { dayOf, isoDateOf } from '../../../../shared/calendar/marketCalendar';
import { createDemoContext, DEMO_PRODUCTS, DEMO_TODAY, generateOffers, generateRequests } from '../../../../shared/demo/index';
import { formatTons } from '../../../../shared/demo/formatTons';
import { gradeFit } from '../../../../shared/catalogue/gradeSubstitution';
import { OfferSchema } from '../../../../shared/model/offer';

const ctx = createDemoContext();
const offers = [...generateOffers(ctx)];
const today = isoDateOf(dayOf(DEMO_TODAY));

describe('generateOffers', { timeout: 120_000 }, () => {
  it('writes a sourceText that agrees with the offer: name, grade, mill, warehouse, tonnes, price', () => {
    for (const o of offers) {
      const text = o.sourceText!;
      expect(text.startsWith(DEMO_PRODUCTS[o.category].typedName)).toBe(true);
      expect(text).toContain(` ${o.grade} `);
      expect(text).toContain(` ${o.brand} ${o.warehouse} `);
      expect(text).toContain(`${formatTons(o.availableKg)}吨`);
      expect(text).toMatch(new RegExp(` ${o.priceFenPerTon / 100}元?$`));
    }
  });

  it('posts offers in listings of one seller at one time in the last two weeks', () => {
    const listings = new Map<string, typeof offers>();
    for (const o of offers) listings.set(o.listingId!, [...(listings.get(o.listingId!) ?? []), o]);
    expect(listings.size).toBeGreaterThan(50);
    for (const lines of listings.values()) {
      expect(new Set(lines.map((o) => o.sellerId)).size).toBe(1);
      expect(new Set(lines.map((o) => o.postedAt)).size).toBe(1);
    }
    for (const o of offers) expect(dayOf(DEMO_TODAY) - dayOf(o.postedAt.slice(0, 10))).toBeLessThanOrEqual(13);
  });

  it('marks offers past their validity expired and keeps most open', () => {
    for (const o of offers) expect(o.status === 'expired').toBe(o.validUntil < today);
    expect(offers.filter((o) => o.status === 'open').length / offers.length).toBeGreaterThan(0.65);
    expect(offers.some((o) => o.status === 'expired')).toBe(true);
  });

  it('spreads offers over many categories, rebar the most common', () => {
    const byCategory = new Map<string, number>();
    for (const o of offers) byCategory.set(o.category, (byCategory.get(o.category) ?? 0) + 1);
    expect(byCategory.size).toBeGreaterThanOrEqual(14);
    expect([...byCategory.entries()].sort((a, b) => b[1] - a[1])[0]![0]).toBe('rebar');
  });

  it('yields the same first offers whatever the count', () => {
    expect([...generateOffers(ctx, 37)]).toEqual(offers.slice(0, 37));
  });

  it('scales to 100k offers over 50k customers, streamed', () => {
    const big = createDemoContext({ customers: 50_000 });
    const sellers = new Set(big.offerSellers.map((c) => c.id));
    const ids = new Set<string>();
    let count = 0;
    for (const offer of generateOffers(big, 100_000)) {
      if (count % 997 === 0) expect(OfferSchema.safeParse(offer).success).toBe(true);
      if (!sellers.has(offer.sellerId)) throw new Error(`offer ${offer.id} has an unknown seller`);
      ids.add(offer.id);
      count++;
    }
    expect(count).toBe(100_000);
    expect(ids.size).toBe(100_000);
    expect(sellers.size).toBeGreaterThan(10_000);
  });
});

describe('generateRequests', { timeout: 60_000 }, () => {
  const requests = [...generateRequests(ctx)];

  it('asks for grades with accepted substitutes, such as HRB400 accepting HRB400E', () => {
    const lines = requests.flatMap((r) => r.lines);
    expect(lines.some((l) => l.grades[0] === 'HRB400' && l.grades.includes('HRB400E'))).toBe(true);
    expect(lines.some((l) => l.grades[0] === 'Q345B' && l.grades.includes('Q355B'))).toBe(true);
    for (const line of lines) for (const substitute of line.grades.slice(1)) expect(gradeFit(substitute, line.grades[0]!)).toBe('substitute');
    expect(lines.some((l) => l.tolerance?.lengthsM)).toBe(true);
    expect(lines.some((l) => l.tolerance?.widthMinMm !== undefined)).toBe(true);
  });

  it('writes each line as the buyer typed it, agreeing with the line', () => {
    for (const line of requests.flatMap((r) => r.lines)) {
      expect(line.sourceText).toMatch(/^求购 /);
      expect(line.sourceText).toContain(` ${line.grades[0]} `);
      expect(line.sourceText).toContain(` ${formatTons(line.weightKg)}吨`);
      if (line.targetPriceFenPerTon) expect(line.sourceText).toContain(`目标价${line.targetPriceFenPerTon / 100}`);
      if (line.deliveryCity) expect(line.sourceText).toContain(`送${line.deliveryCity}`);
      expect(line.weightKg % 1000).toBe(0);
    }
  });

  it('closes requests whose latest date has passed, and keeps most open', () => {
    for (const r of requests) if (r.lines.some((l) => l.latestOn && l.latestOn < today)) expect(r.status).toBe('closed');
    expect(requests.filter((r) => r.status === 'open').length).toBeGreaterThan(requests.length / 2);
  });
});
