import { expect } from 'vitest';
import type { Ratio } from '../../../../shared/analytics/ratio';

/** Asserts a ratio's hand-computed counts and that its rate is their quotient. */
export function expectRatio(actual: Ratio, expected: { numerator: number; denominator: number }): void {
  expect({ numerator: actual.numerator, denominator: actual.denominator }).toEqual({
    numerator: expected.numerator,
    denominator: expected.denominator,
  });
  expect(actual.rate).toBeCloseTo(expected.numerator / expected.denominator, 12);
}
