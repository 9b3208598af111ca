import { describe, expect, it } from 'vitest';
import { defaultDealTerms } from '../../../../../shared/deals/defaultDealTerms';
import { termsFromInput, termsToInput } from '../../../../../renderer/src/features/deals/termsInput';

const typed = termsToInput(defaultDealTerms('2026-11-23', { warehouse: '乐从库' }));

describe('deal terms as typed', () => {
  it('reads back what it wrote', () => {
    const { dealOn: _, ...terms } = defaultDealTerms('2026-11-23', { warehouse: '乐从库' });
    expect(termsFromInput(typed)).toEqual({ ok: true, terms });
  });

  it('reads credit days, a deposit in yuan and a spread commission', () => {
    const result = termsFromInput({ ...typed, paymentMethod: 'credit', creditDays: '30', depositYuan: '5,000.50', commissionKind: 'spread' });
    expect(result).toMatchObject({ ok: true, terms: { payment: { method: 'credit', creditDays: 30, depositFen: 500_050 }, commission: { kind: 'spread' } } });
  });

  it('says which field is wrong and why, saving nothing', () => {
    expect(termsFromInput({ ...typed, to: '2026-11-20', paymentMethod: 'credit', creditDays: '0', tolerancePerMille: '3.5', depositYuan: 'abc' })).toEqual({
      ok: false,
      errors: { to: 'deals.errors.dateOrder', creditDays: 'deals.errors.creditDays', tolerancePerMille: 'deals.errors.tolerance', depositYuan: 'deals.errors.money' },
    });
  });
});
