import { charSignature } from './charSignature';
import type { CustomerSearchIndex } from './customerSearchIndex';

/**
 * For one query, how much of it each character of the alphabet can take at each query offset:
 * `steps[letter × length + offset]` has bit k − 1 set when the character can take the k query
 * characters from `offset` on. A character takes itself (one character) or, of one of its pinyin
 * readings, the whole syllable (`shagang`), its first letter or its zh/ch/sh initial (`sgjt`,
 * `zhw`), mixed freely (`shagjt`); only where the query ends may it take any prefix of a reading, as
 * the user is still typing it (`shag`). So `shagang` finds 沙钢 but not 宝山钢 (`sha` is not a way of
 * writing 山 shan). Readings are at most 6 letters, so 8 bits suffice.
 */
export interface QueryTable {
  query: string;
  steps: Uint8Array;
  /** `charSignature` of the query's first character: a field whose signature shares no bit with it cannot match. */
  startSignature: number;
}

const TWO_LETTER_INITIALS = /^[zcs]h/;

export function buildQueryTable(index: CustomerSearchIndex, query: string): QueryTable {
  const length = query.length;
  const { chars, readings } = index.alphabet;
  const steps = new Uint8Array(chars.length * length);
  for (let letter = 0; letter < chars.length; letter++) {
    const char = chars[letter]!;
    const own = readings[letter]!;
    const row = letter * length;
    for (let offset = 0; offset < length; offset++) {
      let mask = query[offset] === char ? 1 : 0;
      const rest = length - offset;
      for (const reading of own) {
        const shared = commonPrefixLength(reading, query, offset);
        if (shared === 0) continue;
        mask |= 1;
        if (shared >= 2 && TWO_LETTER_INITIALS.test(reading)) mask |= 1 << 1;
        if (shared === reading.length) mask |= 1 << (reading.length - 1);
        if (shared === rest) mask |= 1 << (rest - 1);
      }
      steps[row + offset] = mask;
    }
  }
  return { query, steps, startSignature: charSignature(query[0]!, []) };
}

function commonPrefixLength(reading: string, query: string, offset: number): number {
  let n = 0;
  while (n < reading.length && offset + n < query.length && reading.charCodeAt(n) === query.charCodeAt(offset + n)) n++;
  return n;
}
