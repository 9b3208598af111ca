import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from '../../../../shared/demo/random';
import { Weighted } from '../../../../shared/demo/weighted';

const draw = (rng: Random, n: number) => Array.from({ length: n }, () => rng.uint32());

describe('Random', () => {
  it('repeats the same sequence for the same seed, stream and index', () => {
    expect(draw(Random.derive(7, 3, 11), 50)).toEqual(draw(Random.derive(7, 3, 11), 50));
  });

  it('gives different sequences when seed, stream or index differ', () => {
    const base = draw(Random.derive(7, 3, 11), 8);
    expect(draw(Random.derive(8, 3, 11), 8)).not.toEqual(base);
    expect(draw(Random.derive(7, 4, 11), 8)).not.toEqual(base);
    expect(draw(Random.derive(7, 3, 12), 8)).not.toEqual(base);
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 20 }), (seed, min, width) => {
        const rng = new Random(seed);
        const values = Array.from({ length: 200 }, () => rng.int(min, min + width));
        expect(values.every((v) => Number.isInteger(v) && v >= min && v <= min + width)).toBe(true);
        if (width <= 3) expect(new Set(values).size).toBe(width + 1);
      }),
    );
  });

  it('refuses an empty range or list', () => {
    const rng = new Random(1);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('samples distinct items, capped at the list length', () => {
    const rng = new Random(5);
    const sample = rng.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('favours the front of the list with pickFront', () => {
    const rng = new Random(9);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const picks = Array.from({ length: 5000 }, () => rng.pickFront(items));
    const front = picks.filter((i) => i < 5).length;
    expect(front).toBeGreaterThan(3000);
  });

  it('fills random bytes of any length deterministically', () => {
    const a = new Random(42).bytes(10);
    expect(a).toHaveLength(10);
    expect(a).toEqual(new Random(42).bytes(10));
    expect(new Set(new Random(43).bytes(64)).size).toBeGreaterThan(20);
  });
});

describe('Weighted', () => {
  const weighted = new Weighted([['a', 1], ['b', 0], ['c', 3]] as const);

  it('lays values out in bands proportional to their weights, skipping zero weights', () => {
    expect(weighted.values).toEqual(['a', 'c']);
    expect(weighted.at(0)).toBe('a');
    expect(weighted.at(0.249)).toBe('a');
    expect(weighted.at(0.25)).toBe('c');
    expect(weighted.at(0.999)).toBe('c');
  });

  it('picks values about as often as their weights say', () => {
    const rng = new Random(3);
    const picks = Array.from({ length: 8000 }, () => weighted.pick(rng));
    const share = picks.filter((v) => v === 'c').length / picks.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
  });

  it('refuses a list with no positive weight', () => {
    expect(() => new Weighted([['a', 0]])).toThrow(RangeError);
  });
});
