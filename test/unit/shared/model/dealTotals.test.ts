import { describe, expect, it } from 'vitest';
import { dealTotals } from '../../../../shared/model/dealTotals';

const line = (weightKg: number, priceFenPerTon: number) => ({ weightKg, priceFenPerTon });

describe('dealTotals', () => {
  it('adds the weights and the rounded line amounts', () => {
    // 30 t × ¥3,560 = ¥106,800.00; 1.001 t × ¥3,333.33 = ¥3,336.66333 → ¥3,336.66
    expect(dealTotals({ lines: [line(30000, 356000), line(1001, 333333)] })).toEqual({
      kg: 31001,
      amountFen: 10680000 + 333666,
    });
  });

  it('rounds each line half up to the fen before adding, as the printed lines do', () => {
    // 100 kg at 5 fen/t is 0.5 fen, rounded up to 1 fen per line; summing first would give 1 fen in all.
    expect(dealTotals({ lines: [line(100, 5), line(100, 5)] }).amountFen).toBe(2);
  });

  it('is zero for no lines', () => {
    expect(dealTotals({ lines: [] })).toEqual({ kg: 0, amountFen: 0 });
  });
});
