import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../../../shared/model/primitives';
import { uuidv7, uuidv7Time } from '../../../../shared/ids/uuidv7';

describe('uuidv7', () => {
  it('makes ids the model accepts, carrying their creation time', () => {
    const id = uuidv7(1_763_890_000_123);
    expect(IdSchema.safeParse(id).success).toBe(true);
    expect(uuidv7Time(id)).toBe(1_763_890_000_123);
  });

  it('sorts by creation time', () => {
    const ids = [3, 1, 2].map((t) => uuidv7(1_700_000_000_000 + t));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('is deterministic for a seeded random source and unique for the secure one', () => {
    const seeded = (n: number) => new Uint8Array(n).fill(7);
    expect(uuidv7(5, seeded)).toBe(uuidv7(5, seeded));
    const many = new Set(Array.from({ length: 10_000 }, () => uuidv7(5)));
    expect(many.size).toBe(10_000);
  });

  it('refuses a negative timestamp', () => {
    expect(() => uuidv7(-1)).toThrow(/bad timestamp/);
  });
});
