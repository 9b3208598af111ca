import { describe, expect, it } from 'vitest';
import { dealsInForce } from '../../../../shared/deals/dealsInForce';
import type { Amendment, Deal } from '../../../../shared/model';

const deal = (id: string, weightKg: number): Deal => ({
  id,
  number: `ZL-20261120-AAAA-00${id}`,
  buyerId: 'b',
  sellerId: 's',
  brokerId: 'zl',
  dealOn: '2026-11-20',
  lines: [{ category: 'rebar', grade: 'HRB400E', spec: { text: 'Φ20*12m', dims: [20, 12000] }, weightKg, weighing: 'theoretical', priceFenPerTon: 356_000 }] as Deal['lines'],
  delivery: { method: 'pickup', warehouse: '乐从库', from: '2026-11-21', to: '2026-11-25' } as Deal['delivery'],
  payment: { method: 'cash_before_delivery' } as Deal['payment'],
  tolerancePerMille: 3,
  objectionDays: 7,
  commission: { kind: 'per_ton', fenPerTon: 1_000 },
  status: 'confirmed',
  needsApproval: false,
  printCount: 0,
});

const amendment = (dealId: string, agreedAt: string, to: number): Pick<Amendment, 'dealId' | 'changes' | 'agreedAt'> => ({
  dealId,
  agreedAt,
  changes: [{ field: 'lines[0].weightKg', from: 0, to }],
});

describe('dealsInForce', () => {
  it('applies each deal its own amendments, in the order they were agreed', () => {
    const [first, second] = dealsInForce(
      [deal('1', 30_000), deal('2', 25_000)],
      [amendment('1', '2026-11-22T10:00:00+08:00', 28_000), amendment('1', '2026-11-21T10:00:00+08:00', 29_000)],
    );
    expect(first!.lines[0]!.weightKg).toBe(28_000);
    expect(second!.lines[0]!.weightKg).toBe(25_000);
  });

  it('leaves the stored deals as they were confirmed', () => {
    const stored = [deal('1', 30_000)];
    dealsInForce(stored, [amendment('1', '2026-11-22T10:00:00+08:00', 28_000)]);
    expect(stored[0]!.lines[0]!.weightKg).toBe(30_000);
  });
});
