import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../../../shared/parser/parseListing';

/** Pieces of real stock-list lines, so generated text exercises the readers and not only the fallback. */
const TOKENS = [
  '螺纹', '盘螺', '热卷', '中板', 'H型钢', '槽钢', '角钢', '焊管', '镀锌管', '无缝管', '方管', '不锈钢', '【今日资源】',
  'HRB400E', 'Q235B', 'SPCC', '304', '2B', '20#', '三级', '抗震', 'Φ', 'φ', 'DN', 'HN', '∠', '*', '×', 'x', 'C', 'm', '米', 'mm',
  '20', '9', '12', '3.0', '1500', '6.5', '3560', '3,560', '50', '.', ',', '-', '/', '#', '吨', 't', '件', '支', '元', '元/吨',
  '元/公斤', '@', '¥', '￥', '理计', '过磅', '含税', '不含税', '以上', '沙钢', '江苏沙钢', '乐从', '乐从库', '送到', '杭州',
  '目标价', '11月23日', '13812345678', '早上好', '🔥', '👍', '\uD83D', '\u200D', '　', ' ', '\t', '\n', '\r',
];

// Generous time limits: the machine is shared, and a property run is a few thousand parses.
describe('parseListing never throws', () => {
  it('on any string of UTF-16 code units, lone surrogates included', () => {
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 300, size: 'large' }), (text) => {
        parseListing(text);
        parseListing(text, 'request');
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('on any mix of stock-list tokens, and keeps money and weight whole and lines numbered', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), fc.constantFrom('offer' as const, 'request' as const), (tokens, kind) => {
        const text = tokens.join('');
        const parsed = parseListing(text, kind);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const line of parsed.lines) {
          expect(line.lineNumber).toBeGreaterThanOrEqual(1);
          expect(line.lineNumber).toBeLessThanOrEqual(lineCount);
          if (line.quantityKg !== undefined) expect(Number.isSafeInteger(line.quantityKg)).toBe(true);
          if (line.priceFenPerTon !== undefined) expect(Number.isSafeInteger(line.priceFenPerTon)).toBe(true);
          for (const problem of line.problems) expect(problem.lineNumber).toBe(line.lineNumber);
          for (const dim of line.spec?.dims ?? []) expect(Number.isFinite(dim) && dim >= 0).toBe(true);
        }
        for (const problem of parsed.unreadable) expect(problem.message.zh).toContain(`第 ${problem.lineNumber} 行`);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
