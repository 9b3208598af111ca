import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES } from '../../../../shared/catalogue/categories';
import { QuoteSchema } from '../../../../shared/model';
import { DEFAULT_PRICING_TABLES } from '../../../../shared/pricing/defaultPricingTables';
import { quote, type QuoteConditions } from '../../../../shared/pricing/quote';

/** 30 t of HRB400E Φ20 at a base of ¥3,500, cash, picked up, standard customer, floor ¥3,450. */
const rebar: QuoteConditions = {
  category: 'rebar',
  grade: 'HRB400E',
  spec: { text: 'Φ20*9m', dims: [20, 9000] },
  weightKg: 30_000,
  basePriceFenPerTon: 350_000,
  floorFenPerTon: 345_000,
  payment: { method: 'cash_before_delivery' },
  delivery: { method: 'pickup' },
};

const component = (q: ReturnType<typeof quote>, name: string) => q.breakdown.find((l) => l.component === name)!.fenPerTon;

describe('quote', () => {
  it('prices the base spec and grade on cash terms at the base price, with every component listed', () => {
    const q = quote(rebar);
    expect(q.priceFenPerTon).toBe(350_000);
    expect(q.amountFen).toBe(10_500_000); // 30 t × ¥3,500 = ¥105,000
    expect(q.breakdown.map((l) => [l.component, l.fenPerTon])).toEqual([
      ['base', 350_000],
      ['spec', 0],
      ['grade', 0],
      ['volume', 0],
      ['payment', 0],
      ['delivery', 0],
      ['customer_grade', 0],
    ]);
    expect(q.breakdown[0]!.label.zh).toBe('基价（HRB400E Φ18–25）');
    expect(q).toMatchObject({ needsApproval: false, approval: 'not_needed', belowFloorFenPerTon: 0, notes: [] });
  });

  it('adds spec and grade premiums from the tables', () => {
    const q = quote({ ...rebar, grade: 'HRB500E', spec: { dims: [12, 9000] } });
    expect(component(q, 'spec')).toBe(12_000);
    expect(component(q, 'grade')).toBe(15_000);
    expect(q.priceFenPerTon).toBe(377_000);
    expect(q.breakdown[1]!.label).toEqual({ zh: '规格加价 Φ12*9m', en: 'spec premium Φ12*9m' });
    expect(component(quote({ ...rebar, category: 'hot_rolled_coil', grade: 'Q355B', spec: { dims: [2.5, 1250] } }), 'spec')).toBe(15_000);
  });

  it('discounts by volume tier and charges a retail lot', () => {
    expect(component(quote({ ...rebar, weightKg: 5_000 }), 'volume')).toBe(3_000);
    expect(component(quote({ ...rebar, weightKg: 50_000 }), 'volume')).toBe(-1_000);
    expect(component(quote({ ...rebar, weightKg: 600_000 }), 'volume')).toBe(-3_000);
  });

  it('prices payment terms: prepayment by share, credit by days at the financing rate plus risk', () => {
    expect(component(quote({ ...rebar, payment: { method: 'prepayment' } }), 'payment')).toBe(-1_000);
    expect(component(quote({ ...rebar, payment: { method: 'prepayment', prepaymentPercent: 30 } }), 'payment')).toBe(-300);
    // 3,500 × 7.2 % × 30 / 365 = 20.71 yuan → 21 yuan, plus 10 yuan risk.
    const credit = quote({ ...rebar, payment: { method: 'credit', creditDays: 30 } });
    expect(component(credit, 'payment')).toBe(3_100);
    expect(credit.breakdown[4]!.label.zh).toBe('账期 30 天（资金成本加风险）');
    expect(component(quote({ ...rebar, payment: { method: 'credit', creditDays: 60 } }), 'payment')).toBeGreaterThan(component(credit, 'payment'));
  });

  it('prices delivery by road distance with a minimum, or estimates it between known cities', () => {
    expect(component(quote({ ...rebar, delivery: { method: 'delivery', distanceKm: 20 } }), 'delivery')).toBe(3_000);
    // 200 km × ¥0.35 = ¥70.
    expect(component(quote({ ...rebar, delivery: { method: 'delivery', distanceKm: 200 } }), 'delivery')).toBe(7_000);
    const between = quote({ ...rebar, delivery: { method: 'delivery', fromCity: '上海', toCity: '杭州' } });
    // About 165 km straight, ×1.3 by road ≈ 214 km → ¥75.
    expect(component(between, 'delivery')).toBeGreaterThanOrEqual(7_000);
    expect(component(between, 'delivery')).toBeLessThanOrEqual(8_000);
    expect(() => quote({ ...rebar, delivery: { method: 'delivery', fromCity: '上海', toCity: '火星' } })).toThrow(/no distance known from 上海 to 火星/);
  });

  it('gives higher customer grades their price tier', () => {
    expect(component(quote({ ...rebar, customerGrade: 'gold' }), 'customer_grade')).toBe(-2_000);
    expect(quote({ ...rebar, customerGrade: 'diamond' }).breakdown[6]!.label).toEqual({ zh: '客户等级 钻石', en: 'customer grade Diamond' });
  });

  it('says when the price is under the floor and needs office approval', () => {
    const q = quote({ ...rebar, customerGrade: 'diamond', weightKg: 600_000, payment: { method: 'prepayment' }, floorFenPerTon: 347_000 });
    // 3,500 − 30 (volume) − 10 (prepaid) − 30 (diamond) = 3,430.
    expect(q.priceFenPerTon).toBe(343_000);
    expect(q).toMatchObject({ belowFloorFenPerTon: 4_000, needsApproval: true, approval: 'pending' });
  });

  it('notes a grade the tables do not list and prices it as the base grade', () => {
    const q = quote({ ...rebar, grade: 'HRB600E' });
    expect(component(q, 'grade')).toBe(0);
    expect(q.notes).toEqual([{ zh: '价格表没有螺纹钢 HRB600E 的加价，按 HRB400E 计价', en: 'no premium listed for Rebar HRB600E: priced as HRB400E' }]);
  });

  it('fits the model quote record', () => {
    const q = quote(rebar);
    const record = {
      id: '01890a5d-ac96-774b-bcce-b302099a8057',
      customerId: '01890a5d-ac96-774b-bcce-b302099a8058',
      brokerId: 'b1',
      category: rebar.category,
      grade: rebar.grade,
      spec: rebar.spec,
      weightKg: rebar.weightKg,
      priceFenPerTon: q.priceFenPerTon,
      floorFenPerTon: q.floorFenPerTon,
      breakdown: q.breakdown.map((l) => ({ label: l.label.zh, fenPerTon: l.fenPerTon })),
      approval: q.approval,
      validUntil: '2026-11-23',
      createdAt: '2026-11-23T10:00:00+08:00',
    };
    expect(QuoteSchema.safeParse(record).success).toBe(true);
  });

  it.each([
    [{ basePriceFenPerTon: 3500.5 }, /base price must be a positive whole number of fen/],
    [{ floorFenPerTon: 0 }, /floor price must be a positive whole number of fen/],
    [{ weightKg: -1 }, /weight must be a positive whole number of kg/],
    [{ payment: { method: 'credit' as const } }, /credit terms need creditDays/],
    [{ delivery: { method: 'delivery' as const, distanceKm: Number.NaN } }, /not a distance/],
  ])('refuses %j', (change, message) => {
    expect(() => quote({ ...rebar, ...change })).toThrow(message);
  });
});

describe('default pricing tables', () => {
  it('cover every category, with spec bands largest first ending at 0 and the base grade at no premium', () => {
    for (const code of CATEGORY_CODES) {
      const bands = DEFAULT_PRICING_TABLES.specBands[code];
      expect(bands.map((b) => b.fromMm)).toEqual([...bands.map((b) => b.fromMm)].sort((a, b) => b - a));
      expect(bands.at(-1)!.fromMm).toBe(0);
      expect(DEFAULT_PRICING_TABLES.gradePremiums[code][DEFAULT_PRICING_TABLES.baseGrade[code]]).toBe(0);
      for (const band of bands) expect(Number.isInteger(band.fenPerTon)).toBe(true);
    }
    expect(DEFAULT_PRICING_TABLES.volumeTiers.at(-1)!.fromKg).toBe(0);
  });
});
