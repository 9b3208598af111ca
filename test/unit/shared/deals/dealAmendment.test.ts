import { describe, expect, it } from 'vitest';
import { amendedTerms, diffTerms, openRatingRoles, ratedCustomer } from '../../../../shared/deals';
import { deal } from './dealFixture';

describe('amendments', () => {
  const confirmed = deal({ status: 'confirmed' });

  it('lists each changed value by its path, not the whole deal', () => {
    const after = {
      ...confirmed,
      lines: [{ ...confirmed.lines[0]!, weightKg: 28_000 }],
      delivery: { ...confirmed.delivery, to: '2026-11-28' },
      payment: { method: 'credit' as const, creditDays: 30 },
    };
    expect(diffTerms(confirmed, after)).toEqual([
      { field: 'lines[0].weightKg', from: 30_000, to: 28_000 },
      { field: 'delivery.to', from: '2026-11-26', to: '2026-11-28' },
      { field: 'payment.method', from: 'cash_before_delivery', to: 'credit' },
      { field: 'payment.creditDays', from: null, to: 30 },
    ]);
    expect(diffTerms(confirmed, structuredClone(confirmed))).toEqual([]);
  });

  it('a line added or removed replaces the lines as a whole', () => {
    const twoLines = { ...confirmed, lines: [...confirmed.lines, { ...confirmed.lines[0]!, grade: 'HRB500E' }] };
    expect(diffTerms(confirmed, twoLines)).toEqual([{ field: 'lines', from: confirmed.lines, to: twoLines.lines }]);
  });

  it('the terms in force are the confirmed ones with every amendment applied in the order agreed', () => {
    const later = { agreedAt: '2026-11-24T15:00:00+08:00', changes: [{ field: 'lines[0].weightKg', from: 28_000, to: 25_000 }] };
    const earlier = {
      agreedAt: '2026-11-24T09:00:00+08:00',
      changes: [
        { field: 'lines[0].weightKg', from: 30_000, to: 28_000 },
        { field: 'payment.creditDays', from: null, to: 30 },
        { field: 'delivery.warehouse', from: '乐从库', to: null },
      ],
    };
    const terms = amendedTerms(confirmed, [later, earlier]);
    expect(terms.lines[0]!.weightKg).toBe(25_000);
    expect(terms.payment).toEqual({ method: 'cash_before_delivery', creditDays: 30 });
    expect(terms.delivery).not.toHaveProperty('warehouse');
    expect(confirmed.lines[0]!.weightKg).toBe(30_000);
  });

  it('a diff applied as an amendment gives back the edited terms', () => {
    const edited = { ...confirmed, tolerancePerMille: 5, lines: [{ ...confirmed.lines[0]!, priceFenPerTon: 357_000, brand: '沙钢' }] };
    expect(amendedTerms(confirmed, [{ agreedAt: '2026-11-24T09:00:00+08:00', changes: diffTerms(confirmed, edited) }])).toEqual(edited);
  });
});

describe('ratings after settlement', () => {
  it('opens once per side after settlement, each side rating the other party', () => {
    expect(openRatingRoles(deal({ status: 'delivered' }), [])).toEqual([]);
    expect(openRatingRoles(deal({ status: 'settled' }), [])).toEqual(['buyer', 'seller']);
    expect(openRatingRoles(deal({ status: 'settled' }), [{ byRole: 'buyer' }])).toEqual(['seller']);
    const d = deal();
    expect(ratedCustomer(d, 'buyer')).toBe(d.sellerId);
    expect(ratedCustomer(d, 'seller')).toBe(d.buyerId);
  });
});
