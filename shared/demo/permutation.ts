/** Primes used as multipliers; any prime that does not divide the size gives a bijection. */
const MULTIPLIERS = [7919, 7927, 7933, 7937, 7949, 7951];

/**
 * A seeded bijection of [0, size): i ↦ (a·i + b) mod size with a coprime to size. Demo data
 * uses it to hand out names without repeats while still looking shuffled.
 */
export function affinePermutation(size: number, seed: number): (index: number) => number {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`affinePermutation: bad size ${size}`);
  const candidates = MULTIPLIERS.filter((p) => size % p !== 0);
  const a = candidates[(seed >>> 0) % candidates.length]! % size;
  const b = (seed >>> 0) % size;
  return (index) => (((a * index) % size) + b) % size;
}
