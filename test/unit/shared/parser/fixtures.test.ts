import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../../../../shared/parser/parseListing';
import type { ListingKind, ListingLine } from '../../../../shared/parser/listingTypes';

function parseFixture(name: string, kind: ListingKind = 'offer') {
  return parseListing(readFileSync(new URL(`../../../fixtures/listings/${name}`, import.meta.url), 'utf8'), kind);
}

/** The fields a broker checks on a parsed line, compactly. */
function summary(line: ListingLine) {
  return {
    n: line.lineNumber,
    category: line.category?.code,
    grade: line.grade,
    spec: line.spec?.text,
    dims: line.spec?.dims,
    brand: line.brand,
    kg: line.quantityKg,
    fen: line.priceFenPerTon,
  };
}

describe('parseListing on real-style WeChat stock lists', () => {
  it('reads a rebar list from 乐从 with its header, greeting, notes and contact skipped', () => {
    const parsed = parseFixture('rebar-lecong.txt');
    expect(parsed.lines.map(summary)).toEqual([
      { n: 3, category: 'rebar', grade: 'HRB400E', spec: 'Φ20*9m', dims: [20, 9000], brand: '沙钢', kg: 56_000, fen: 356_000 },
      { n: 4, category: 'rebar', grade: 'HRB400E', spec: 'Φ25*12m', dims: [25, 12000], brand: '永钢', kg: 50_000, fen: 358_000 },
      { n: 5, category: 'rebar', grade: 'HRB400', spec: 'Φ20*12m', dims: [20, 12000], brand: '中天', kg: 32_500, fen: 352_000 },
      { n: 6, category: 'rebar', grade: 'HRB400E', spec: 'Φ12*9m', dims: [12, 9000], brand: '萍钢', kg: 28_000, fen: 365_000 },
      { n: 7, category: 'rebar', grade: 'HRB400E', spec: 'Φ16*12m', dims: [16, 12000], brand: '韶钢', kg: 30_000, fen: 360_000 },
      { n: 8, category: 'coil_rebar', grade: 'HRB400E', spec: 'Φ8', dims: [8], brand: '沙钢', kg: 20_000, fen: 375_000 },
      { n: 9, category: 'wire_rod', grade: 'HPB300', spec: 'Φ6.5', dims: [6.5], brand: '永钢', kg: undefined, fen: 365_000 },
    ]);
    expect(parsed.skipped.map((s) => [s.lineNumber, s.reason])).toEqual([
      [1, 'header'],
      [2, 'header'],
      [10, 'decoration'],
      [11, 'greeting'],
      [12, 'contact'],
    ]);
    expect(parsed.unreadable).toEqual([]);
    const [first, second] = parsed.lines;
    expect(first!.location).toEqual({ warehouse: '乐从库', city: '佛山' });
    expect(second!.location).toEqual({ warehouse: '乐从', city: '佛山' });
    expect(second!.weighing).toBe('theoretical');
    expect(parsed.lines[5]!.weighing).toBe('weighed');
    expect(parsed.lines[2]!.category?.source).toBe('word');
    expect(parsed.lines[3]!.category?.source).toBe('inferred');
    expect(parsed.lines.slice(0, 5).every((l) => l.problems.length === 0)).toBe(true);
    expect(parsed.lines[6]!.problems.map((p) => p.code)).toEqual(['missing_quantity']);
  });

  it('reads flat products from 上海宝山: coil, cold-rolled, galvanised, plate, stainless', () => {
    const parsed = parseFixture('flat-shanghai.txt');
    expect(parsed.lines.map(summary)).toEqual([
      { n: 2, category: 'hot_rolled_coil', grade: 'Q235B', spec: '3.0*1500*C', dims: [3, 1500], brand: '日照', kg: 100_000, fen: 362_000 },
      { n: 3, category: 'hot_rolled_coil', grade: 'Q355B', spec: '5.75*1500*C', dims: [5.75, 1500], brand: '鞍钢', kg: 86_400, fen: 375_000 },
      { n: 4, category: 'cold_rolled', grade: 'SPCC', spec: '1.0*1250*C', dims: [1, 1250], brand: '宝钢', kg: 25_000, fen: 435_000 },
      { n: 5, category: 'galvanized_sheet', grade: 'DX51D+Z', spec: '0.5*1000*C', dims: [0.5, 1000], brand: '首钢', kg: 18_000, fen: 478_000 },
      { n: 6, category: 'plate', grade: 'Q355B', spec: '20*2200*8000', dims: [20, 2200, 8000], brand: '舞钢', kg: undefined, fen: 388_000 },
      { n: 7, category: 'plate', grade: 'Q235B', spec: '12*2000*6000', dims: [12, 2000, 6000], brand: '南钢', kg: 40_000, fen: 372_000 },
      { n: 8, category: 'stainless', grade: '304', spec: '2B 1.0*1219*C', dims: [1, 1219], brand: '太钢', kg: 5_000, fen: 1_450_000 },
    ]);
    expect(parsed.lines[0]!.location).toEqual({ warehouse: '上海宝山库', city: '上海' });
    // The heading's place applies to lines that name none.
    expect(parsed.lines[1]!.location).toEqual({ warehouse: '宝山', city: '上海' });
    expect(parsed.lines[4]!.pieces).toEqual({ count: 12, unit: '张' });
    expect(parsed.lines.map((l) => l.taxIncluded)).toEqual([true, true, true, true, true, false, true]);
  });

  it('reads sections and pipes: H-beam, channel, I-beam, angle, welded, galvanised DN, seamless, square', () => {
    const parsed = parseFixture('sections-pipes.txt');
    expect(parsed.lines.map(summary)).toEqual([
      { n: 2, category: 'h_beam', grade: 'Q235B', spec: 'HN300*150*6.5*9', dims: [300, 150, 6.5, 9], brand: '津西', kg: 60_000, fen: 378_000 },
      { n: 3, category: 'h_beam', grade: 'Q235B', spec: 'H300*300*10*15', dims: [300, 300, 10, 15], brand: '莱钢', kg: undefined, fen: 382_000 },
      { n: 4, category: 'channel', grade: 'Q235B', spec: '16#', dims: [16], brand: '唐钢', kg: 45_000, fen: 370_000 },
      { n: 5, category: 'i_beam', grade: 'Q235B', spec: '25a#', dims: [25, 1], brand: '唐钢', kg: 20_000, fen: 376_000 },
      { n: 6, category: 'angle', grade: 'Q235B', spec: '∠50*5', dims: [50, 50, 5], brand: '敬业', kg: 15_000, fen: 369_000 },
      { n: 7, category: 'welded_pipe', grade: undefined, spec: 'Φ48*3.5', dims: [48, 3.5], brand: '友发', kg: 30_000, fen: 405_000 },
      { n: 8, category: 'galvanized_pipe', grade: undefined, spec: 'DN50', dims: [60.3], brand: '友发', kg: undefined, fen: 452_000 },
      { n: 9, category: 'seamless_pipe', grade: '20#', spec: 'Φ159*5', dims: [159, 5], brand: '天管', kg: 10_000, fen: 468_000 },
      { n: 10, category: 'square_pipe', grade: 'Q235B', spec: '100*100*4', dims: [100, 100, 4], brand: '华岐', kg: 8_000, fen: 415_000 },
    ]);
    expect(parsed.lines.every((l) => l.location.city === '天津')).toBe(true);
    expect(parsed.lines[6]!.problems.map((p) => p.code)).toEqual(['missing_grade']);
  });

  it('reads a buyer request: accepted grades, lengths, delivery city and target price', () => {
    const parsed = parseFixture('request-hangzhou.txt', 'request');
    expect(parsed.kind).toBe('request');
    const [rebar, coiled, coil] = parsed.lines;
    expect(rebar).toMatchObject({
      grade: 'HRB400',
      alternativeGrades: ['HRB400E'],
      spec: { text: 'Φ20*9m', dims: [20, 9000] },
      tolerance: { lengthsM: [9, 12] },
      deliveryCity: '杭州',
      quantityKg: 100_000,
      priceFenPerTon: 350_000,
      problems: [],
    });
    expect(coiled).toMatchObject({ category: { code: 'coil_rebar' }, grade: 'HRB400E', deliveryCity: '佛山', quantityKg: 30_000 });
    expect(coiled!.priceFenPerTon).toBeUndefined();
    expect(coiled!.problems).toEqual([]);
    expect(coil).toMatchObject({ category: { code: 'hot_rolled_coil' }, spec: { dims: [4.75, 1500] }, quantityKg: 200_000, priceFenPerTon: 360_000 });
    expect(parsed.skipped.map((s) => s.reason)).toEqual(['greeting', 'greeting']);
  });

  it('carries headings down to the lines below and applies an 以上 tax note to the lines above', () => {
    const parsed = parseFixture('sections-headings.txt');
    expect(parsed.lines.map((l) => [l.lineNumber, l.category?.source, l.grade, l.brand, l.spec?.text, l.priceFenPerTon])).toEqual([
      [3, 'header', 'HRB400E', '沙钢', 'Φ12*9m', 368_000],
      [4, 'header', 'HRB400E', '沙钢', 'Φ14*9m', 365_000],
      [5, 'header', 'HRB400E', '沙钢', 'Φ16*12m', 362_000],
      [7, 'header', 'HRB400E', '永钢', 'Φ18*12m', 360_000],
    ]);
    expect(parsed.lines.every((l) => l.taxIncluded === false)).toBe(true);
    expect(parsed.lines[3]!.weighing).toBe('weighed');
    expect(parsed.unreadable).toEqual([
      expect.objectContaining({
        code: 'unreadable_line',
        severity: 'error',
        lineNumber: 9,
        fragment: 'asdf qwer',
        message: { zh: '第 9 行：看不懂“asdf qwer”：找不到品名、规格或材质', en: 'line 9: could not read "asdf qwer": no category, spec or grade found' },
      }),
    ]);
  });
});

describe('parseListing on a list mixing notations', () => {
  it('reads full-width characters, ＊ ｘ Ｘ, per-kg and bare yuan prices, pieces, emoji and a bracketed note', () => {
    const parsed = parseFixture('mixed-notations.txt');
    expect(parsed.lines.map(summary)).toEqual([
      { n: 2, category: 'rebar', grade: 'HRB400E', spec: 'Φ18*9m', dims: [18, 9000], brand: '韶钢', kg: undefined, fen: 320_000 },
      { n: 3, category: 'rebar', grade: 'HRB400E', spec: 'Φ22*12m', dims: [22, 12000], brand: '柳钢', kg: 45_500, fen: 352_000 },
      { n: 4, category: 'hot_rolled_coil', grade: 'Q235B', spec: '2.75*1250*C', dims: [2.75, 1250], brand: '柳钢', kg: undefined, fen: 368_000 },
      { n: 5, category: 'coil_rebar', grade: 'HRB400E', spec: 'Φ8', dims: [8], brand: '韶钢', kg: 28_000, fen: 370_000 },
      { n: 6, category: 'square_pipe', grade: 'Q235B', spec: '50*50*2.5', dims: [50, 50, 2.5], brand: undefined, kg: 20_000, fen: 410_000 },
    ]);
    expect(parsed.lines[0]!.pieces).toEqual({ count: 120, unit: '支' });
    expect(parsed.lines[0]!.problems.map((p) => p.code)).toEqual(['price_per_kg_assumed']);
    expect(parsed.lines[1]!.weighing).toBe('weighed');
    expect(parsed.lines[2]!.taxIncluded).toBe(false);
    expect(parsed.lines.slice(1).every((l) => l.location.city === '佛山')).toBe(true);
    expect(parsed.skipped.map((s) => [s.lineNumber, s.reason])).toEqual([
      [1, 'header'],
      [7, 'header'],
    ]);
  });
});
