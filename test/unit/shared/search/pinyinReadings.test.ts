import { describe, expect, it } from 'vitest';
import { normalizeForSearch, pinyinReadings } from '../../../../shared/search';

describe('pinyin readings of a character', () => {
  it('gives every reading of a heteronym, without tones', () => {
    expect([...pinyinReadings('长')].sort()).toEqual(['chang', 'zhang']);
    expect([...pinyinReadings('单')].sort()).toEqual(['chan', 'dan', 'shan']);
    expect([...pinyinReadings('重')].sort()).toEqual(['chong', 'zhong']);
  });

  it('writes ü both as v and as u', () => {
    expect([...pinyinReadings('吕')].sort()).toEqual(['lu', 'lv']);
  });

  it('gives none for letters, digits and punctuation', () => {
    expect(pinyinReadings('a')).toEqual([]);
    expect(pinyinReadings('8')).toEqual([]);
    expect(pinyinReadings('（')).toEqual([]);
  });
});

describe('search normalisation', () => {
  it('folds full width and case, drops spaces, punctuation and symbols', () => {
    expect(normalizeForSearch('ＡＢＣ钢铁（集团） Co., Ltd.')).toBe('abc钢铁集团coltd');
    expect(normalizeForSearch('+86 138-1234-5678')).toBe('8613812345678');
    expect(normalizeForSearch("Xi'an")).toBe('xian');
  });
});
