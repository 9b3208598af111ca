import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBrokers } from '../../../../shared/demo/brokers';
import { TRADE_NAME_CHARACTERS } from '../../../../shared/demo/data/tradeNames';
import { affinePermutation } from '../../../../shared/demo/permutation';
import { landlineNumber, mobileNumber, wechatId } from '../../../../shared/demo/phones';
import { Random } from '../../../../shared/demo/random';
import { DISTINCT_TRADE_NAMES, tradeNameSequence } from '../../../../shared/demo/tradeNames';
import { BrokerSchema } from '../../../../shared/model/customer';

describe('affinePermutation', () => {
  it('is a bijection of [0, size) for any size and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (size, seed) => {
        const permute = affinePermutation(size, seed);
        const seen = new Set(Array.from({ length: size }, (_, i) => permute(i)));
        expect(seen.size).toBe(size);
        expect([...seen].every((v) => v >= 0 && v < size)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('tradeNameSequence', () => {
  it('hands out every distinct trade name once before repeating, two characters first', () => {
    const names = tradeNameSequence(20_261_120);
    const all = Array.from({ length: DISTINCT_TRADE_NAMES }, (_, i) => names(i));
    expect(new Set(all).size).toBe(DISTINCT_TRADE_NAMES);
    expect(all[0]).toHaveLength(2);
    expect(all[DISTINCT_TRADE_NAMES - 1]).toHaveLength(3);
    expect(names(DISTINCT_TRADE_NAMES)).toBe(all[0]);
  });

  it('uses distinct characters from the trade-name list', () => {
    const names = tradeNameSequence(1);
    for (let i = 0; i < 3000; i += 7) {
      const chars = [...names(i)];
      expect(new Set(chars).size).toBe(chars.length);
      expect(chars.every((c) => TRADE_NAME_CHARACTERS.includes(c))).toBe(true);
    }
  });

  it('orders names differently for different seeds', () => {
    const a = tradeNameSequence(1);
    const b = tradeNameSequence(2);
    expect(Array.from({ length: 20 }, (_, i) => a(i))).not.toEqual(Array.from({ length: 20 }, (_, i) => b(i)));
  });
});

describe('generateBrokers', () => {
  it('makes brokers with distinct names and distinct 2–4 letter prefixes', () => {
    const brokers = generateBrokers(5, 100, 20_000);
    expect(brokers).toHaveLength(100);
    expect(brokers.every((b) => BrokerSchema.safeParse(b).success)).toBe(true);
    expect(new Set(brokers.map((b) => b.prefix)).size).toBe(100);
    expect(new Set(brokers.map((b) => b.name)).size).toBe(100);
  });
});

describe('phones', () => {
  it('makes 11-digit mobile numbers with a carrier prefix', () => {
    const rng = new Random(4);
    for (let i = 0; i < 200; i++) expect(mobileNumber(rng)).toMatch(/^1[3-9]\d{9}$/);
  });

  it('makes landlines with the area code and 7 or 8 digits (8 after a 3-digit code)', () => {
    const rng = new Random(4);
    for (let i = 0; i < 100; i++) {
      expect(landlineNumber(rng, '021')).toMatch(/^021-[2-8]\d{7}$/);
      expect(landlineNumber(rng, '0510')).toMatch(/^0510-[2-8]\d{6,7}$/);
    }
  });

  it('makes WeChat ids from the phone, the name or the wxid_ default', () => {
    const rng = new Random(8);
    const ids = Array.from({ length: 300 }, () => wechatId(rng, ['zhang', 'wei'], '13812345678'));
    expect(ids.every((id) => id === '13812345678' || /^zhangwei_?\d{4}$/.test(id) || /^wxid_[a-z0-9]{12}$/.test(id))).toBe(true);
    expect(new Set(ids.map((id) => id.slice(0, 4))).size).toBe(3);
  });
});
