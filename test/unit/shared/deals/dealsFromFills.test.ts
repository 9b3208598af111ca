import { describe, expect, it } from 'vitest';
import { dealsFromFills, defaultDealTerms, filledKgByRequestLine, type Fill } from '../../../../shared/deals';
import { deal } from './dealFixture';

const offer = (id: string, sellerId: string, availableKg: number, priceFenPerTon = 354_000): Fill['offer'] => ({
  id,
  sellerId,
  category: 'rebar',
  grade: 'HRB400E',
  spec: { text: 'Φ20*9m', dims: [20, 9000] },
  warehouse: '乐从库',
  weighing: 'theoretical',
  availableKg,
  priceFenPerTon,
});
const terms = { ...defaultDealTerms('2026-11-23'), buyerId: 'buyer', brokerId: 'zhang', requestId: 'r1', requestLineId: 'line-1' };

describe('deals from a split fill', () => {
  it('makes one draft deal per seller, a line per offer, keeping the seller price beside the buyer price', () => {
    const drafts = dealsFromFills(
      [
        { offer: offer('o1', 'seller-a', 20_000), weightKg: 20_000 },
        { offer: offer('o2', 'seller-b', 50_000, 352_000), weightKg: 10_000, priceFenPerTon: 356_000 },
        { offer: offer('o3', 'seller-a', 5_000), weightKg: 5_000 },
      ],
      terms,
    );
    expect(drafts.map((d) => [d.sellerId, d.lines.map((l) => [l.offerId, l.weightKg, l.priceFenPerTon, l.sellerPriceFenPerTon])])).toEqual([
      ['seller-a', [['o1', 20_000, 354_000, 354_000], ['o3', 5_000, 354_000, 354_000]]],
      ['seller-b', [['o2', 10_000, 356_000, 352_000]]],
    ]);
    expect(drafts.every((d) => d.status === 'draft' && d.requestId === 'r1' && d.lines.every((l) => l.requestLineId === 'line-1'))).toBe(true);
    expect(drafts[0]).not.toHaveProperty('requestLineId');
  });

  it('marks a deal priced under its floor as needing approval', () => {
    const [cheap] = dealsFromFills([{ offer: offer('o1', 's', 10_000), weightKg: 10_000, priceFenPerTon: 350_000 }], terms);
    expect(cheap!.needsApproval).toBe(true);
  });

  it('refuses to take more than an offer has, or nothing, naming the offer', () => {
    expect(() => dealsFromFills([{ offer: offer('o1', 's', 10_000), weightKg: 10_001 }], terms)).toThrow('offer o1: only 10000 kg available, 10001 kg asked');
    expect(() => dealsFromFills([{ offer: offer('o2', 's', 10_000), weightKg: 0 }], terms)).toThrow(/offer o2/);
  });

  it('default terms: pickup for three days, ±3‰, seven days for objections, per-tonne commission', () => {
    expect(defaultDealTerms('2026-11-30', { warehouse: '乐从库' })).toEqual({
      dealOn: '2026-11-30',
      delivery: { method: 'pickup', warehouse: '乐从库', from: '2026-11-30', to: '2026-12-03' },
      payment: { method: 'cash_before_delivery' },
      tolerancePerMille: 3,
      objectionDays: 7,
      commission: { kind: 'per_ton', fenPerTon: 1_000 },
    });
  });

  it('counts what deals already hold of each request line, leaving out cancelled deals', () => {
    const line = (requestLineId: string, weightKg: number) => ({ ...deal().lines[0]!, requestLineId, weightKg });
    const filled = filledKgByRequestLine([
      deal({ lines: [line('a', 10_000), line('b', 2_000)] }),
      deal({ status: 'confirmed', lines: [line('a', 5_000)] }),
      deal({ status: 'cancelled', lines: [line('a', 99_000)] }),
    ]);
    expect(filled).toEqual(new Map([['a', 15_000], ['b', 2_000]]));
  });
});
