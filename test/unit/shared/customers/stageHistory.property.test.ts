import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_STAGES, computeCustomerInsights, type StageStint } from '../../../../shared/customers';
import { DEAL_STATUSES } from '../../../../shared/model/deal';
import { customer, deal, idCreatedOn } from './handBuiltBook';

const TODAY = '2026-11-23';
const TODAY_MS = Date.parse(`${TODAY}T00:00:00Z`);
const MARKET = idCreatedOn('2020-01-01');

const dateBefore = (days: number) => new Date(TODAY_MS - days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const rank = (stint: StageStint) => DEVELOPMENT_STAGES.indexOf(stint.stage);

// Any record: created up to ~2 years ago, maybe a first contact, up to 30 deals of any status
// (some dated after today), and any loyalty thresholds.
const records = fc.record({
  createdDaysAgo: fc.integer({ min: 0, max: 800 }),
  contactDaysAgo: fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
  deals: fc.array(fc.record({ daysAgo: fc.integer({ min: -30, max: 900 }), status: fc.constantFrom(...DEAL_STATUSES) }), {
    maxLength: 30,
  }),
  loyalty: fc.record({
    minDeals: fc.integer({ min: 1, max: 8 }),
    minDistinctMonths: fc.integer({ min: 1, max: 6 }),
    windowDays: fc.integer({ min: 30, max: 400 }),
  }),
});

type GeneratedRecord = typeof records extends fc.Arbitrary<infer T> ? T : never;

function judge(input: GeneratedRecord) {
  const fields = input.contactDaysAgo === undefined ? {} : { firstContactOn: dateBefore(input.contactDaysAgo) };
  const c = customer(dateBefore(input.createdDaysAgo), fields);
  const deals = input.deals.map((d) => deal(c.id, MARKET, { on: dateBefore(d.daysAgo), status: d.status }));
  const insight = computeCustomerInsights({ customers: [c], deals }, TODAY, { loyalty: input.loyalty })[0]!;
  const countingDays = input.deals
    .filter((d) => d.daysAgo >= 0 && (d.status === 'confirmed' || d.status === 'delivered' || d.status === 'settled'))
    .map((d) => d.daysAgo);
  return { insight, firstCountingDeal: countingDays.length ? dateBefore(Math.max(...countingDays)) : undefined };
}

describe('development stage properties', () => {
  it('the stage climbs the ladder without stepping back until loyal, then moves only between loyal and real', () => {
    fc.assert(
      fc.property(records, (input) => {
        const { stageHistory } = judge(input).insight;
        const firstLoyal = stageHistory.findIndex((s) => s.stage === 'loyal');
        const climb = firstLoyal < 0 ? stageHistory : stageHistory.slice(0, firstLoyal + 1);
        for (let i = 1; i < climb.length; i++) expect(rank(climb[i]!)).toBeGreaterThan(rank(climb[i - 1]!));
        if (firstLoyal >= 0) {
          for (const stint of stageHistory.slice(firstLoyal)) expect(['loyal', 'real']).toContain(stint.stage);
        }
      }),
    );
  });

  it('is never real or loyal without a counting deal dated on or before today, and always is with one', () => {
    fc.assert(
      fc.property(records, (input) => {
        const { insight, firstCountingDeal } = judge(input);
        const traded = insight.stage === 'real' || insight.stage === 'loyal';
        expect(traded).toBe(firstCountingDeal !== undefined);
        const firstTraded = insight.stageHistory.find((s) => s.stage === 'real' || s.stage === 'loyal');
        expect(firstTraded?.enteredOn).toBe(firstCountingDeal);
      }),
    );
  });

  it('stays are contiguous, each left when the next is entered, and last a positive number of days', () => {
    fc.assert(
      fc.property(records, (input) => {
        const { stage, stageHistory } = judge(input).insight;
        expect(stage).toBe(stageHistory.at(-1)!.stage);
        expect(stageHistory.at(-1)!.leftOn).toBeUndefined();
        stageHistory.forEach((stint, i) => {
          const next = stageHistory[i + 1];
          expect(stint.leftOn).toBe(next?.enteredOn);
          expect(stint.days).toBe(daysBetween(stint.enteredOn, stint.leftOn ?? TODAY));
          if (next) expect(stint.days).toBeGreaterThan(0);
          if (next) expect(next.stage).not.toBe(stint.stage);
        });
      }),
    );
  });
});
