import { describe, expect, it } from 'vitest';
import { fourRates } from '../../../../shared/analytics/fourRates';
import { estimatedConsumptionKg } from '../../../../shared/analytics/penetration';
import { prepareBook } from '../../../../shared/analytics/prepare';
import { resolveWindow } from '../../../../shared/analytics/window';
import { SIX_MONTHS, SMALL_BOOK, TODAY } from '../../../fixtures/analytics/smallBook';
import { EXPECTED } from '../../../fixtures/analytics/smallBookExpected';
import { expectRatio } from './expectRatio';

describe('fourRates on the hand-computed book', () => {
  const result = fourRates(prepareBook(SMALL_BOOK, SIX_MONTHS, TODAY));

  it('coverage counts contact by first-contact date, contact log (in Shanghai time) or deal', () => {
    expectRatio(result.coverage, EXPECTED.coverage);
  });

  it('conversion counts customers with a counting deal among those in contact', () => {
    expectRatio(result.conversion, EXPECTED.conversion);
  });

  it('repeat purchase is the period rate', () => {
    expectRatio(result.repeatPurchase, EXPECTED.repeatRate);
  });

  it('penetration is per customer with an estimate and weighted overall', () => {
    expect(result.penetration.customers).toEqual(
      EXPECTED.penetration.map((row) => ({ ...row, rate: row.throughKg / row.estimatedKg })),
    );
    expectRatio(result.penetration.overall, EXPECTED.penetrationOverall);
  });

  it('a contact log at 20:00 UTC is the next day at the market', () => {
    // P2's log 2026-01-31T20:00Z is 2026-02-01 in Shanghai: not yet in contact as of 2026-01-31.
    const january = fourRates(prepareBook(SMALL_BOOK, { period: { from: '2026-01', to: '2026-01' } }, TODAY));
    const february = fourRates(prepareBook(SMALL_BOOK, { period: { from: '2026-02', to: '2026-02' } }, TODAY));
    expect(february.coverage.numerator - january.coverage.numerator).toBe(2); // P2, and B2 (first deal 02-14)
  });
});

describe('estimatedConsumptionKg', () => {
  it('is the monthly estimate times the months of the period', () => {
    expect(estimatedConsumptionKg(100_000, resolveWindow({ from: '2026-01', to: '2026-06' }, '2026-06-30'))).toBe(600_000);
  });

  it('counts the month of the as-of day by its elapsed days, in whole kg', () => {
    // 5 full months + 15 of June's 30 days: 500 000 + 50 000.
    expect(estimatedConsumptionKg(100_000, resolveWindow({ from: '2026-01', to: '2026-06' }, '2026-06-15'))).toBe(550_000);
    // 10 of February's 28 days of 1 001 kg: 357.5 → 358.
    expect(estimatedConsumptionKg(1_001, resolveWindow({ from: '2026-02', to: '2026-02' }, '2026-02-10'))).toBe(358);
  });
});
