import { describe, expect, it } from 'vitest';
import { monthHeadline } from '../../../../../renderer/src/features/analytics/monthHeadline';
import type { DealStatus } from '../../../../../shared/model';

const deal = (dealOn: string, status: DealStatus, weightKg: number, priceFenPerTon = 356000) => ({
  dealOn,
  status,
  lines: [{ category: 'rebar' as const, grade: 'HRB400E', spec: { text: 'Φ20*9m', dims: [20, 9000] }, weighing: 'theoretical' as const, weightKg, priceFenPerTon }],
});

describe('monthHeadline', () => {
  it('counts confirmed, delivered and settled deals of the month, with their tonnes and amount', () => {
    const deals = [
      deal('2026-11-01', 'confirmed', 10000),
      deal('2026-11-15', 'delivered', 20000),
      deal('2026-11-30', 'settled', 5000, 400000),
    ];
    expect(monthHeadline(deals, '2026-11')).toEqual({ deals: 3, kg: 35000, amountFen: 3560000 + 7120000 + 2000000 });
  });

  it('leaves out drafts, cancelled deals and other months (also the same month of another year)', () => {
    const deals = [
      deal('2026-11-02', 'draft', 10000),
      deal('2026-11-03', 'cancelled', 10000),
      deal('2026-10-31', 'settled', 10000),
      deal('2026-12-01', 'confirmed', 10000),
      deal('2025-11-20', 'settled', 10000),
    ];
    expect(monthHeadline(deals, '2026-11')).toEqual({ deals: 0, kg: 0, amountFen: 0 });
  });
});
