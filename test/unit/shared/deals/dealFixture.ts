import type { Deal } from '../../../../shared/model';

/** A confirmed-able draft deal: 30 t of rebar at ¥3,560/t, bought from the seller at ¥3,540/t. */
export function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: '01937a3c-1d2e-7f00-8a00-0000000000d1',
    number: 'ZL-20261123-3F9A-001',
    buyerId: '01937a3c-1d2e-7f00-8a00-000000000002',
    sellerId: '01937a3c-1d2e-7f00-8a00-000000000001',
    brokerId: 'zhang',
    dealOn: '2026-11-23',
    lines: [
      {
        category: 'rebar',
        grade: 'HRB400E',
        spec: { text: 'Φ20*9m', dims: [20, 9000] },
        weightKg: 30_000,
        weighing: 'theoretical',
        priceFenPerTon: 356_000,
        sellerPriceFenPerTon: 354_000,
      },
    ],
    delivery: { method: 'pickup', warehouse: '乐从库', from: '2026-11-24', to: '2026-11-26' },
    payment: { method: 'cash_before_delivery' },
    tolerancePerMille: 3,
    objectionDays: 7,
    commission: { kind: 'spread' },
    status: 'draft',
    needsApproval: false,
    printCount: 0,
    ...overrides,
  };
}

export const AT = '2026-11-23T10:00:00+08:00';
