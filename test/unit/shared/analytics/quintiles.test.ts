import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileScores } from '../../../../shared/analytics/quintiles';

describe('quintileScores', () => {
  it('puts a fifth of distinct values in each score', () => {
    const scores = quintileScores(Float64Array.from({ length: 10 }, (_, i) => 100 - i));
    expect([...scores]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('gives equal values equal scores', () => {
    expect([...quintileScores(Float64Array.from([7, 7, 7, 7]))]).toEqual([1, 1, 1, 1]);
    expect([...quintileScores(Float64Array.from([1, 2, 2, 3, 3]))]).toEqual([1, 2, 2, 4, 4]);
  });

  it('is 1–5 and never lower for a higher value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000, max: 1_000 }), { minLength: 1, maxLength: 60 }), (values) => {
        const scores = quintileScores(Float64Array.from(values));
        values.forEach((a, i) => {
          expect(scores[i]).toBeGreaterThanOrEqual(1);
          expect(scores[i]).toBeLessThanOrEqual(5);
          values.forEach((b, j) => {
            if (a > b) expect(scores[i]).toBeGreaterThanOrEqual(scores[j]!);
            if (a === b) expect(scores[i]).toBe(scores[j]);
          });
        });
      }),
    );
  });
});
