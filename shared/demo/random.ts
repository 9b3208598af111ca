import type { RandomBytes } from '../ids/uuidv7';

const WARM_UP_ROUNDS = 15;

/**
 * A small, fast, seeded pseudo-random generator (sfc32, Chris Doty-Humphrey's Small Fast Counting
 * generator): 128 bits of state, good statistical quality, and no dependency on the platform.
 * Demo data uses it so the same seed always yields the same book.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * A generator for one record of one stream: `derive(seed, stream, index)` is independent of
   * every other (stream, index), so records can be generated in any order, or alone.
   */
  static derive(seed: number, stream: number, index: number): Random {
    return new Random(seed, stream, index);
  }

  constructor(seed: number, stream = 0, index = 0) {
    this.a = (seed ^ 0x9e3779b9) >>> 0;
    this.b = stream >>> 0;
    this.c = index >>> 0;
    this.d = 1;
    for (let i = 0; i < WARM_UP_ROUNDS; i++) this.uint32();
  }

  /** The next 32 random bits as an unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`Random.int: empty range [${min}, ${max}]`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pick: no items');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One item, favouring the front of the list (index density falls linearly), e.g. common surnames. */
  pickFront<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pickFront: no items');
    const u = this.next();
    return items[Math.floor(items.length * u * u)]!;
  }

  /** `count` distinct items in random order (count is capped at the list's length). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const taken = Math.min(count, pool.length);
    for (let i = 0; i < taken; i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, taken);
  }

  /** Random bytes for `uuidv7`, so demo ids are deterministic too. */
  readonly bytes: RandomBytes = (length) => {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 4) {
      let word = this.uint32();
      for (let j = i; j < Math.min(i + 4, length); j++) {
        out[j] = word & 0xff;
        word >>>= 8;
      }
    }
    return out;
  };
}
