import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, MAX_AMOUNT_FEN } from '../../../../shared/money/amountInWords';
import { readAmountInWords } from './readAmountInWords';

describe('amountInWords (人民币大写)', () => {
  it.each([
    ['1409.50', '壹仟肆佰零玖元伍角整'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['0', '零元整'],
    ['100000000', '壹亿元整'],
    ['100000001', '壹亿零壹元整'],
    ['12345.60', '壹万贰仟叁佰肆拾伍元陆角整'],
    ['1680.32', '壹仟陆佰捌拾元零叁角贰分'],
    ['107000.53', '壹拾万柒仟元零伍角叁分'],
    ['100100', '壹拾万零壹佰元整'],
    ['100001000', '壹亿壹仟元整'],
    ['10', '壹拾元整'],
    ['15', '壹拾伍元整'],
    ['0.50', '伍角整'],
    ['0.05', '伍分'],
    ['0.25', '贰角伍分'],
    ['1,409.5', '壹仟肆佰零玖元伍角整'],
    ['999999999999.99', '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s yuan → %s', (yuan, words) => {
    expect(amountInWords(yuan)).toBe(words);
  });

  it('takes integer fen as well as decimal yuan', () => {
    expect(amountInWords(140_950)).toBe('壹仟肆佰零玖元伍角整');
    expect(amountInWords(10_000_000_000)).toBe('壹亿元整');
  });

  it.each([
    [-1, /negative/],
    [Number.NaN, /not a finite amount/],
    [Number.POSITIVE_INFINITY, /not a finite amount/],
    [1.5, /not a whole number of fen/],
    [MAX_AMOUNT_FEN + 1, /above the largest amount/],
    ['-3', /not a yuan amount/],
    ['12.345', /not a yuan amount/],
    ['abc', /not a yuan amount/],
    ['1000000000000', /above the largest amount/],
  ])('refuses %s with a clear error', (amount, message) => {
    expect(() => amountInWords(amount)).toThrow(RangeError);
    expect(() => amountInWords(amount)).toThrow(message);
  });

  it('round-trips every amount through an independent reader, with well-formed zeros', () => {
    const amounts = fc.oneof(
      fc.integer({ min: 0, max: MAX_AMOUNT_FEN }),
      // Sparse digits: the zero rules are where amounts in words go wrong.
      fc.array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 14 }).map((digits) => Number(digits.join(''))),
    );
    fc.assert(
      fc.property(amounts, (fen) => {
        const words = amountInWords(fen);
        expect(readAmountInWords(words)).toBe(fen);
        if (fen > 0) expect(words).not.toMatch(/零零|零[元万亿角]|^零/);
        expect(words).toMatch(fen % 10 === 0 ? /整$/ : /分$/);
        expect(amountInWords((fen / 100).toFixed(2))).toBe(words);
      }),
      { numRuns: 3000 },
    );
  });
});
