import { describe, expect, it } from 'vitest';
import { parseListing } from '../../../../shared/parser/parseListing';

/** The one goods line of a one-line offer text. */
function only(text: string, kind: 'offer' | 'request' = 'offer') {
  const parsed = parseListing(text, kind);
  expect(parsed.lines).toHaveLength(1);
  return parsed.lines[0]!;
}

describe('parseListing reads each category in the notations the market uses', () => {
  it.each([
    ['螺纹 HRB400E Φ20 9m 沙钢 56吨 3560', 'rebar', 'HRB400E', 'Φ20*9m', [20, 9000]],
    ['螺纹钢 hrb400e φ20*9m 3560', 'rebar', 'HRB400E', 'Φ20*9m', [20, 9000]],
    ['螺纹 HRB400E 20*12 3520', 'rebar', 'HRB400E', 'Φ20*12m', [20, 12000]],
    ['三级抗震 Φ22*9000 3540', 'rebar', 'HRB400E', 'Φ22*9m', [22, 9000]],
    ['钢筋 Ⅲ级 Φ28 12米 3580', 'rebar', 'HRB400', 'Φ28*12m', [28, 12000]],
    ['螺纹 HRB400 抗震 Φ18 9m 3550', 'rebar', 'HRB400E', 'Φ18*9m', [18, 9000]],
    ['盘螺 HRB400E Φ8 3750', 'coil_rebar', 'HRB400E', 'Φ8', [8]],
    ['HRB400E Φ10 盘螺 3720', 'coil_rebar', 'HRB400E', 'Φ10', [10]],
    ['高线 HPB300 Φ6.5 3650', 'wire_rod', 'HPB300', 'Φ6.5', [6.5]],
    ['热卷 Q235B 3.0*1500*C 3620', 'hot_rolled_coil', 'Q235B', '3.0*1500*C', [3, 1500]],
    ['热轧卷板 Q235B 3.0x1500xC 3620', 'hot_rolled_coil', 'Q235B', '3.0*1500*C', [3, 1500]],
    ['热卷 SPHC 2.75mm*1250mm*C 3700', 'hot_rolled_coil', 'SPHC', '2.75*1250*C', [2.75, 1250]],
    ['开平板 Q235B 3*1500*6000 3680', 'hot_rolled_coil', 'Q235B', '3.0*1500*6000', [3, 1500, 6000]],
    ['冷轧 SPCC 1.0*1250*C 4350', 'cold_rolled', 'SPCC', '1.0*1250*C', [1, 1250]],
    ['冷板 ST12 0.8*1250*2500 4400', 'cold_rolled', 'DC01', '0.8*1250*2500', [0.8, 1250, 2500]],
    ['镀锌板卷 DX51D+Z 0.5*1000*C 4780', 'galvanized_sheet', 'DX51D+Z', '0.5*1000*C', [0.5, 1000]],
    ['中厚板 Q355B 20*2200*8000 3880', 'plate', 'Q355B', '20*2200*8000', [20, 2200, 8000]],
    ['Q345B 16*2000*10000 3850', 'plate', 'Q345B', '16*2000*10000', [16, 2000, 10000]],
    ['中板 Q235B 20mm 3800', 'plate', 'Q235B', '20', [20]],
    ['H型钢 Q235B HN300*150*6.5*9 3780', 'h_beam', 'Q235B', 'HN300*150*6.5*9', [300, 150, 6.5, 9]],
    ['Q235B HW200*200*8*12 3800', 'h_beam', 'Q235B', 'HW200*200*8*12', [200, 200, 8, 12]],
    ['工字钢 Q235B 16# 3760', 'i_beam', 'Q235B', '16#', [16]],
    ['槽钢 Q235B 25b# 3700', 'channel', 'Q235B', '25b#', [25, 2]],
    ['角钢 Q235B ∠63*40*5 3690', 'angle', 'Q235B', '∠63*40*5', [63, 40, 5]],
    ['角钢 Q235B 50*5 3690', 'angle', 'Q235B', '∠50*5', [50, 50, 5]],
    ['角钢 Q235B 5# 3690', 'angle', 'Q235B', '∠50', [50, 50]],
    ['焊管 Q235B Φ48*3.5 4050', 'welded_pipe', 'Q235B', 'Φ48*3.5', [48, 3.5]],
    ['焊管 Q235B Φ48*3.5*6m 4050', 'welded_pipe', 'Q235B', 'Φ48*3.5*6m', [48, 3.5, 6000]],
    ['镀锌管 Q235B DN50 4520', 'galvanized_pipe', 'Q235B', 'DN50', [60.3]],
    ['镀锌管 Q235B DN25*2.75 4560', 'galvanized_pipe', 'Q235B', 'DN25*2.75', [33.7, 2.75]],
    ['无缝管 20# 159*5 4680', 'seamless_pipe', '20#', 'Φ159*5', [159, 5]],
    ['无缝钢管 45号 Φ108*8 4800', 'seamless_pipe', '45#', 'Φ108*8', [108, 8]],
    ['方管 Q235B 100*100*4 4150', 'square_pipe', 'Q235B', '100*100*4', [100, 100, 4]],
    ['矩管 Q235B 100*50*3 4150', 'square_pipe', 'Q235B', '100*50*3', [100, 50, 3]],
    ['方管 Q235B 40*2 4150', 'square_pipe', 'Q235B', '40*40*2', [40, 40, 2]],
    ['不锈钢 304 2B 1.0*1219*C 14500', 'stainless', '304', '2B 1.0*1219*C', [1, 1219]],
    ['不锈钢 304 2B 14500', 'stainless', '304', '2B', []],
    ['316L NO.1 6.0*1500*C 23500', 'stainless', '316L', 'NO.1 6.0*1500*C', [6, 1500]],
  ])('%s → %s %s %s', (text, category, grade, specText, dims) => {
    const line = only(text);
    expect(line.category?.code).toBe(category);
    expect(line.grade).toBe(grade);
    expect(line.spec).toEqual({ text: specText, dims });
    expect(line.problems.filter((p) => p.code !== 'missing_quantity')).toEqual([]);
  });
});

describe('parseListing reads prices, quantities and markers however they are written', () => {
  it.each([
    ['3560', 356_000],
    ['3,560', 356_000],
    ['3560元/吨', 356_000],
    ['3560元', 356_000],
    ['单价:3560', 356_000],
    ['价格：3560.5', 356_050],
    ['@3560', 356_000],
    ['￥3560', 356_000],
    ['３５６０', 356_000],
    ['3.56元/公斤', 356_000],
    ['3560元/T', 356_000],
  ])('price %s → %i fen/t', (price, fen) => {
    expect(only(`螺纹 HRB400E Φ20 9m 50吨 ${price}`).priceFenPerTon).toBe(fen);
  });

  it.each([
    ['50吨', 50_000],
    ['50t', 50_000],
    ['50T', 50_000],
    ['32.456吨', 32_456],
    ['约30吨', 30_000],
    ['５０噸', 50_000],
  ])('quantity %s → %i kg', (quantity, kg) => {
    expect(only(`螺纹 HRB400E Φ20 9m ${quantity} 3560`).quantityKg).toBe(kg);
  });

  it('reads pieces with their unit, weighing and tax markers', () => {
    const line = only('中板 Q235B 20*2200*8000 12件 过磅 不含税 3800');
    expect(line.pieces).toEqual({ count: 12, unit: '件' });
    expect(line.weighing).toBe('weighed');
    expect(line.taxIncluded).toBe(false);
    expect(only('螺纹 HRB400E Φ20 9m 200支 理计 3560').pieces).toEqual({ count: 200, unit: '支' });
    expect(only('螺纹 HRB400E Φ20 9m 50吨 理计 3560').weighing).toBe('theoretical');
    expect(only('螺纹 HRB400E Φ20 9m 50吨 3560').weighing).toBeUndefined();
  });

  it('normalises mill names from their aliases', () => {
    expect(only('螺纹 HRB400E Φ20 9m 江苏沙钢 3560').brand).toBe('沙钢');
    expect(only('热卷 Q235B 3.0*1500*C 日钢 3620').brand).toBe('日照');
    expect(only('螺纹 HRB400E Φ20 9m 河钢唐钢 3560').brand).toBe('唐钢');
  });

  it('survives emoji, full-width signs and no spaces at all', () => {
    const line = only('🔥螺纹HRB400EΦ20＊9m沙钢乐从库56吨3560👍');
    expect(line).toMatchObject({
      category: { code: 'rebar' },
      grade: 'HRB400E',
      spec: { text: 'Φ20*9m' },
      brand: '沙钢',
      location: { warehouse: '乐从库', city: '佛山' },
      quantityKg: 56_000,
      priceFenPerTon: 356_000,
      problems: [],
    });
    expect(only('热卷 Ｑ２３５Ｂ ３．０Ｘ１５００ＸＣ 3620').spec?.dims).toEqual([3, 1500]);
    expect(only('热卷 Q235B 3.0 × 1500 × C 3620').spec?.dims).toEqual([3, 1500]);
  });
});

describe('parseListing says what it had to assume or could not read, with the line number', () => {
  it('reads a small yuan price as per kg and warns', () => {
    const line = only('螺纹 HRB400E Φ20 9m 50吨 3.2元');
    expect(line.priceFenPerTon).toBe(320_000);
    expect(line.problems).toEqual([expect.objectContaining({ code: 'price_per_kg_assumed', lineNumber: 1, fragment: '3.2元' })]);
  });

  it('keeps the first of several prices and warns', () => {
    const line = only('螺纹 HRB400E Φ20 9m 50吨 3560元/吨 3580元/吨');
    expect(line.priceFenPerTon).toBe(356_000);
    expect(line.problems.map((p) => p.code)).toEqual(['several_prices']);
  });

  it('refuses an implausible price per tonne', () => {
    const line = only('螺纹 HRB400E Φ20 9m 50吨 356000元/吨');
    expect(line.priceFenPerTon).toBeUndefined();
    expect(line.problems.map((p) => p.code)).toEqual(['implausible_price']);
  });

  it('reports a spec that does not fit the category', () => {
    const line = only('螺纹 HRB400E 3.0*1500*C 3560');
    expect(line.spec).toBeUndefined();
    expect(line.problems).toContainEqual(expect.objectContaining({ code: 'spec_not_understood', severity: 'error', fragment: '3.0*1500*C' }));
  });

  it('reports a goods line whose category cannot be told', () => {
    const line = only('Q235B 16# 45吨 3700');
    expect(line.category).toBeUndefined();
    expect(line.problems[0]).toMatchObject({ code: 'unknown_category', severity: 'error', lineNumber: 1 });
  });

  it('reports text it did not understand on a goods line', () => {
    const line = only('螺纹 HRB400E Φ20 9m 50吨 3560 XYZ');
    expect(line.problems).toEqual([
      expect.objectContaining({ code: 'unread_text', severity: 'warning', fragment: 'XYZ', message: { zh: '第 1 行：没看懂“XYZ”', en: 'line 1: did not understand "XYZ"' } }),
    ]);
  });

  it('numbers lines from 1 counting blank lines and any line ending', () => {
    const parsed = parseListing('\r\n螺纹 HRB400E Φ20 9m 50吨 3560\r\rfoo bar\n');
    expect(parsed.lines.map((l) => l.lineNumber)).toEqual([2]);
    expect(parsed.unreadable.map((p) => p.lineNumber)).toEqual([4]);
  });

  it('recognises dates, greetings, contacts, notes and decoration as non-goods', () => {
    const parsed = parseListing(['2026-11-23 周一', '大家好', '电话 021-56781234', '价格随行就市，仅供参考', '～～～～～～', '＝＝＝'].join('\n'));
    expect(parsed.lines).toEqual([]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual(['date', 'greeting', 'contact', 'note', 'decoration', 'decoration']);
  });

  it('applies a tax note to the lines below it unless it says 以上', () => {
    const below = parseListing('以下价格不含税\n螺纹 HRB400E Φ20 9m 50吨 3560\n螺纹 HRB400E Φ22 9m 50吨 含税 3560');
    expect(below.lines.map((l) => l.taxIncluded)).toEqual([false, true]);
  });
});
