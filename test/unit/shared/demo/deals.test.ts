import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../../../../shared/demo/archetypes';
import { isoDateOf } from '../../../../shared/calendar/marketCalendar';
import { allocateDeals } from '../../../../shared/demo/dealAllocation';
import { planDeals } from '../../../../shared/demo/dealPlan';
import { createDemoContext, generateDeals, minimumDeals, ratingsOf } from '../../../../shared/demo/index';
import { Random } from '../../../../shared/demo/random';
import { DealSchema } from '../../../../shared/model/deal';

const ctx = createDemoContext({ customers: 200 });

describe('allocateDeals', () => {
  it('hands out exactly the total, at least each archetype minimum, one-offs exactly one', () => {
    const minimum = minimumDeals(ctx.customers);
    fc.assert(
      fc.property(fc.integer({ min: minimum, max: minimum * 50 }), (total) => {
        const counts = allocateDeals(ctx.customers, total);
        expect(counts.reduce((sum, n) => sum + n, 0)).toBe(total);
        ctx.customers.forEach((c, i) => {
          expect(counts[i]).toBeGreaterThanOrEqual(ARCHETYPES[c.archetype].minDeals);
          if (ARCHETYPES[c.archetype].dealWeight === 0) expect(counts[i]).toBe(ARCHETYPES[c.archetype].minDeals);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a total below the minimum, saying so', () => {
    expect(() => allocateDeals(ctx.customers, minimumDeals(ctx.customers) - 1)).toThrow(/minimum/);
  });
});

describe('planDeals', () => {
  it('puts 8 or more loyal deals in at least 4 distinct months, whatever the seed and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 8, max: 40 }), fc.integer({ min: 19_000, max: 22_000 }), (seed, count, today) => {
        const days = planDeals(ARCHETYPES.loyal, count, today - 500, today, new Random(seed)).map((p) => p.day);
        expect(days).toHaveLength(count);
        expect(days.every((d) => d >= today - 364 && d <= today)).toBe(true);
        expect(new Set(days.map((d) => isoDateOf(d).slice(0, 7))).size).toBeGreaterThanOrEqual(4);
      }),
    );
  });

  it('keeps every deal after first contact and inside the archetype window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 30 }), (seed, count) => {
        const today = 20_000;
        for (const archetype of ['growing', 'new', 'lapsed', 'declining'] as const) {
          const rule = ARCHETYPES[archetype];
          const firstContact = today - rule.firstContactDaysAgo![0];
          for (const { day, position } of planDeals(rule, count, firstContact, today, new Random(seed))) {
            expect(day).toBeGreaterThan(firstContact);
            expect(day).toBeGreaterThanOrEqual(today - rule.windowOpensDaysAgo);
            expect(day).toBeLessThanOrEqual(today - rule.windowClosesDaysAgo[0]);
            expect(position >= 0 && position < 1).toBe(true);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('generateDeals', { timeout: 120_000 }, () => {
  it('yields exactly the count asked for', () => {
    const minimum = minimumDeals(ctx.customers);
    for (const count of [minimum, minimum + 1, 3_000]) expect([...generateDeals(ctx, count)]).toHaveLength(count);
  });

  it('scales to 50k deals with unique numbers, streamed, ratings made alongside', () => {
    const big = createDemoContext({ customers: 5_000 });
    const numbers = new Set<string>();
    let ratings = 0;
    let count = 0;
    for (const deal of generateDeals(big, 50_000)) {
      if (count % 499 === 0) expect(DealSchema.safeParse(deal).success).toBe(true);
      numbers.add(deal.number);
      ratings += ratingsOf(big, deal).length;
      count++;
    }
    expect(count).toBe(50_000);
    expect(numbers.size).toBe(50_000);
    expect(ratings).toBeGreaterThan(10_000);
  });

  it('makes the same ratings for a deal however often asked', () => {
    const deals = [...generateDeals(ctx)].filter((d) => d.status === 'settled').slice(0, 200);
    expect(deals.map((d) => ratingsOf(ctx, d))).toEqual(deals.map((d) => ratingsOf(ctx, d)));
  });
});
