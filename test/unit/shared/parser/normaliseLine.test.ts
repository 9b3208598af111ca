import { describe, expect, it } from 'vitest';
import { normaliseLine } from '../../../../shared/parser/normaliseLine';

describe('normaliseLine', () => {
  it.each([
    ['螺纹 hrb400e φ20*9m', '螺纹 HRB400E Φ20*9M'],
    ['ＨＲＢ４００Ｅ　Φ２０', 'HRB400E Φ20'],
    ['3.0x1500xC', '3.0*1500*C'],
    ['3.0 X 1500 X c', '3.0*1500*C'],
    ['3.0 * 1500 * C', '3.0*1500*C'],
    ['3.0×1500✕C', '3.0*1500*C'],
    ['ϕ20 Ф22 ∅25 Ø28 ⌀32', 'Φ20 Φ22 Φ25 Φ28 Φ32'],
    ['3,560 元 12,345,678', '3560 元 12345678'],
    ['50,3560', '50,3560'],
    ['9米', '9M'],
    ['Ⅲ级钢', '三级钢'],
    ['￥3560', '¥3560'],
    ['５０噸', '50吨'],
    ['🔥螺纹👍🏻 ☀️✅ 👨‍👩‍👧', '螺纹  '],
    ['tab\there', 'TAB HERE'],
  ])('%j → %j', (raw, normalised) => {
    expect(normaliseLine(raw)).toBe(normalised);
  });

  it('keeps rare Chinese characters outside the basic plane', () => {
    expect(normaliseLine('𠀋钢材')).toBe('𠀋钢材');
  });
});
