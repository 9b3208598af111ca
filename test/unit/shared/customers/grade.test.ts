import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INSIGHT_OPTIONS,
  GRADE_CODES,
  computeCustomerInsights,
  formatNextGradeGap,
  gradeForScore,
  gradePriority,
  type CustomerBook,
  type GradeCode,
  type InsightDeal,
} from '../../../../shared/customers';
import { customer, deal, idCreatedOn } from './handBuiltBook';

const TODAY = '2026-11-23';
const MARKET = idCreatedOn('2020-01-01');
const RULES = DEFAULT_INSIGHT_OPTIONS.grade; // silver 500, gold 2,000, diamond 6,000; 10 % hysteresis

/** A customer whose score is exactly `tonnes` points: volume only, no commission. */
function volumeOnly(tonnes: number, previous?: GradeCode) {
  const c = customer('2025-01-01', { firstContactOn: '2025-01-02' });
  const book: CustomerBook = {
    customers: [c],
    deals: [deal(c.id, MARKET, { on: '2026-06-01', tonnes, commissionYuanPerTon: 0 })],
  };
  if (previous) book.previousGrades = { [c.id]: previous };
  return computeCustomerInsights(book, TODAY)[0]!;
}

describe('grade from contribution', () => {
  it('rises to silver at 500 points', () => {
    expect(volumeOnly(499).grade).toBe('standard');
    expect(volumeOnly(500).grade).toBe('silver');
    expect(volumeOnly(2_500).grade).toBe('gold');
    expect(volumeOnly(6_000).grade).toBe('diamond');
  });

  it('keeps silver just under the threshold (hysteresis) but falls below threshold − 10 %', () => {
    expect(volumeOnly(480, 'silver').grade).toBe('silver');
    expect(volumeOnly(450, 'silver').grade).toBe('silver');
    expect(volumeOnly(449, 'silver').grade).toBe('standard');
  });

  it('a grade falls as well as rises: a gold customer whose business shrank drops to silver or standard', () => {
    expect(volumeOnly(1_000, 'gold').grade).toBe('silver');
    expect(volumeOnly(300, 'gold').grade).toBe('standard');
  });

  it('a diamond customer barely under gold keeps gold (it held it on the way down)', () => {
    expect(volumeOnly(1_850, 'diamond').grade).toBe('gold');
  });

  it('counts only the rolling 12-month window', () => {
    const c = customer('2024-01-01', { firstContactOn: '2024-01-02' });
    const deals = [
      deal(c.id, MARKET, { on: '2025-11-23', tonnes: 400, commissionYuanPerTon: 0 }), // 365 days ago: just out
      deal(c.id, MARKET, { on: '2025-11-24', tonnes: 300, commissionYuanPerTon: 0 }), // 364 days ago: in
    ];
    const insight = computeCustomerInsights({ customers: [c], deals }, TODAY)[0]!;
    expect(insight.contribution.volumeKg).toBe(300_000);
    expect(insight.grade).toBe('standard');
  });
});

describe('grade hysteresis prevents flapping', () => {
  const scores = [495, 505, 498, 510, 490, 503, 470];

  const replay = (hysteresisPercent: number) => {
    let previous: GradeCode | undefined;
    return scores.map((score) => (previous = gradeForScore(score, previous, { ...RULES, hysteresisPercent })));
  };

  it('a customer hovering around 500 points rises once and stays silver', () => {
    expect(replay(10)).toEqual(['standard', 'silver', 'silver', 'silver', 'silver', 'silver', 'silver']);
  });

  it('without hysteresis the same scores flap', () => {
    expect(replay(0)).toEqual(['standard', 'silver', 'standard', 'silver', 'standard', 'silver', 'standard']);
  });
});

describe('contribution components', () => {
  const x = customer('2024-01-01', { firstContactOn: '2024-01-02' });
  const spreadDeal: InsightDeal = {
    buyerId: x.id,
    sellerId: MARKET,
    dealOn: '2026-09-01',
    status: 'settled',
    paidOnTime: false,
    commission: { kind: 'spread' },
    // (3,560 − 3,500) yuan × 50 t = ¥3,000 spread.
    lines: [{ category: 'rebar', weightKg: 50_000, priceFenPerTon: 356_000, sellerPriceFenPerTon: 350_000 }],
  };
  const referredActive = customer('2025-06-01', { referredById: x.id, firstContactOn: '2025-06-02' });
  const referredIdle = customer('2025-06-01', { referredById: x.id });
  const book: CustomerBook = {
    customers: [x, referredActive, referredIdle],
    deals: [
      // ¥20/t × 100 t = ¥2,000 commission.
      deal(x.id, MARKET, { on: '2026-08-01', tonnes: 100, paidOnTime: true }),
      spreadDeal,
      deal(x.id, MARKET, { on: '2025-01-01', tonnes: 900 }), // outside the window
      deal(referredActive.id, MARKET, { on: '2026-10-01', tonnes: 1 }),
    ],
    ratings: [
      { customerId: x.id, score: 5, at: '2026-08-05T10:00:00+08:00' },
      { customerId: x.id, score: 2, at: '2026-09-05T10:00:00+08:00' },
      { customerId: x.id, score: 1, at: '2025-01-05T10:00:00+08:00' }, // outside the window
    ],
  };

  it('sums volume, the buyer’s half of the margin, payments, active referrals and ratings in the window', () => {
    const insight = computeCustomerInsights(book, TODAY)[0]!;
    expect(insight.contribution).toEqual({
      deals: 2,
      volumeKg: 150_000,
      marginFen: 100_000 + 150_000, // half of ¥2,000 and half of ¥3,000
      onTimePayments: 1,
      latePayments: 1,
      disputes: 0,
      referrals: 1,
      ratings: 2,
      ratingStarsAboveThree: 1, // (5 − 3) + (2 − 3)
    });
    // No disputes times a negative weight is −0, which adds nothing.
    expect(insight.gradeScore.points).toEqual({ volume: 150, margin: 125, referrals: 100, payments: -50, disputes: -0, ratings: 10 });
    expect(insight.gradeScore.total).toBe(335);
  });

  it('the seller side of a deal gets the volume and the other half of the margin, but no payment record', () => {
    const seller = customer('2024-01-01', { firstContactOn: '2024-01-02' });
    const buyer = customer('2024-01-01', { firstContactOn: '2024-01-02' });
    const deals = [deal(buyer.id, seller.id, { on: '2026-08-01', tonnes: 100, commissionYuanPerTon: 15, paidOnTime: false })];
    // ¥15/t × 100 t = 150,000 fen → buyer 75,000, seller 75,000.
    const [sold, bought] = computeCustomerInsights({ customers: [seller, buyer], deals }, TODAY);
    expect(sold!.contribution).toMatchObject({ volumeKg: 100_000, marginFen: 75_000, latePayments: 0 });
    expect(bought!.contribution).toMatchObject({ volumeKg: 100_000, marginFen: 75_000, latePayments: 1 });
  });

  it('a dispute lowers the score of the side it is with, resolved or not, within the window only', () => {
    const seller = customer('2024-01-01', { firstContactOn: '2024-01-02' });
    const buyer = customer('2024-01-01', { firstContactOn: '2024-01-02' });
    const book = (disputeWith?: 'buyer' | 'seller'): CustomerBook => ({
      customers: [seller, buyer],
      deals: [
        deal(buyer.id, seller.id, { on: '2026-08-01', tonnes: 100, commissionYuanPerTon: 0, ...(disputeWith && { disputeWith }) }),
        deal(buyer.id, seller.id, { on: '2025-01-01', tonnes: 100, commissionYuanPerTon: 0, disputeWith: 'buyer' }), // outside the window
      ],
    });
    const [undisputedSeller, undisputedBuyer] = computeCustomerInsights(book(), TODAY);
    const [sold, bought] = computeCustomerInsights(book('buyer'), TODAY);
    expect(bought!.contribution.disputes).toBe(1);
    expect(bought!.gradeScore.points.disputes).toBe(RULES.points.perDispute);
    expect(bought!.gradeScore.total).toBe(undisputedBuyer!.gradeScore.total + RULES.points.perDispute);
    expect(RULES.points.perDispute).toBeLessThan(0);
    // The other side of the deal keeps its score.
    expect(sold!.contribution.disputes).toBe(0);
    expect(sold!.gradeScore.total).toBe(undisputedSeller!.gradeScore.total);
    const [againstSeller] = computeCustomerInsights(book('seller'), TODAY);
    expect(againstSeller!.gradeScore.total).toBe(undisputedSeller!.gradeScore.total + RULES.points.perDispute);
  });

  it('an odd fen of margin goes to the buyer, so the shares add up', () => {
    const seller = customer('2024-01-01');
    const buyer = customer('2024-01-01');
    const odd: InsightDeal = { ...deal(buyer.id, seller.id, { on: '2026-08-01' }), commission: { kind: 'per_ton', fenPerTon: 3 } };
    odd.lines = [{ category: 'rebar', weightKg: 1_000, priceFenPerTon: 356_000 }]; // 3 fen in all
    const [sold, bought] = computeCustomerInsights({ customers: [seller, buyer], deals: [odd] }, TODAY);
    expect([sold!.contribution.marginFen, bought!.contribution.marginFen]).toEqual([1, 2]);
  });
});

describe('what it takes to reach the next grade', () => {
  it('says the tonnes, margin or referrals that would each be enough on their own', () => {
    const insight = volumeOnly(380);
    expect(insight.nextGradeGap).toEqual({ grade: 'silver', points: 120, tonnes: 120, marginFen: 240_000, referrals: 2 });
    expect(formatNextGradeGap(insight.nextGradeGap!, 'zh-CN')).toBe('距银牌还差 120 吨，或 ¥2,400 毛利，或 2 位转介绍客户');
    expect(formatNextGradeGap(insight.nextGradeGap!, 'en')).toBe('Silver: 120 t more, or ¥2,400 margin, or 2 referrals');
  });

  it('a grade kept by hysteresis still needs the full threshold of the grade above', () => {
    expect(volumeOnly(1_900, 'gold').nextGradeGap).toMatchObject({ grade: 'diamond', points: 4_100 });
    expect(volumeOnly(460, 'silver').nextGradeGap).toMatchObject({ grade: 'gold', points: 1_540 });
  });

  it('has no next grade at the top', () => {
    expect(volumeOnly(7_000).nextGradeGap).toBeUndefined();
  });
});

describe('grade priority for allocation', () => {
  it('ranks higher grades first', () => {
    const ranks = GRADE_CODES.map(gradePriority);
    expect(ranks).toEqual([0, 1, 2, 3]);
    expect(gradePriority('diamond')).toBeGreaterThan(gradePriority('gold'));
  });
});
