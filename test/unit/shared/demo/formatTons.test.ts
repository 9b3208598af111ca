import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTons } from '../../../../shared/demo/formatTons';

describe('formatTons', () => {
  it('writes whole kilograms as tonnes without trailing zeros', () => {
    expect(formatTons(56_340)).toBe('56.34');
    expect(formatTons(56_000)).toBe('56');
    expect(formatTons(7_067)).toBe('7.067');
    expect(formatTons(5)).toBe('0.005');
  });

  it('reads back to the same kilograms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (kg) => {
        expect(Math.round(Number(formatTons(kg)) * 1000)).toBe(kg);
      }),
    );
  });
});
