import { TRADE_NAME_CHARACTERS } from './data/tradeNames';
import { affinePermutation } from './permutation';

const SIZE = TRADE_NAME_CHARACTERS.length;
const TWO_CHARACTER_NAMES = SIZE * (SIZE - 1);
const THREE_CHARACTER_NAMES = TWO_CHARACTER_NAMES * (SIZE - 2);

/** How many distinct trade names a sequence yields before it repeats. */
export const DISTINCT_TRADE_NAMES = TWO_CHARACTER_NAMES + THREE_CHARACTER_NAMES;

/** The `code`-th arrangement of `length` distinct characters (a mixed-radix number). */
function arrangement(code: number, length: number): string {
  const pool = [...TRADE_NAME_CHARACTERS];
  let rest = code;
  let name = '';
  for (let i = 0; i < length; i++) {
    const pick = rest % pool.length;
    rest = Math.floor(rest / pool.length);
    name += pool.splice(pick, 1)[0];
  }
  return name;
}

/**
 * A seeded sequence of trade names (字号): two characters first (鑫泰), then three (宏达盛), with
 * no repeat among the first `DISTINCT_TRADE_NAMES` indices.
 */
export function tradeNameSequence(seed: number): (index: number) => string {
  const twoCharacters = affinePermutation(TWO_CHARACTER_NAMES, seed);
  const threeCharacters = affinePermutation(THREE_CHARACTER_NAMES, seed);
  return (index) => {
    const i = index % DISTINCT_TRADE_NAMES;
    return i < TWO_CHARACTER_NAMES ? arrangement(twoCharacters(i), 2) : arrangement(threeCharacters(i - TWO_CHARACTER_NAMES), 3);
  };
}
