const A = 97;
const Z = 122;
const ZERO = 48;
const NINE = 57;
const HAN_OR_OTHER = 1 << 31;

/**
 * A 32-bit summary of what a character can begin a match with: bits 0–25 the letters a–z (a Latin
 * letter itself, or the first letter of a Chinese character's pinyin readings), bits 26–30 its digit
 * (two digits per bit), bit 31 any other character, Chinese ones included (typed as characters).
 * ORed over a field, it tells without reading the field whether a query's first character could
 * match anywhere in it: `signature(field) & charSignature(query[0]) === 0` means no match.
 */
export function charSignature(char: string, readings: readonly string[]): number {
  const code = char.charCodeAt(0);
  if (code >= A && code <= Z) return 1 << (code - A);
  if (code >= ZERO && code <= NINE) return 1 << (26 + ((code - ZERO) >> 1));
  let signature = HAN_OR_OTHER;
  for (const reading of readings) signature |= 1 << (reading.charCodeAt(0) - A);
  return signature | 0;
}
