import { describe, expect, it } from 'vitest';
import { normaliseBrand } from '../../../../shared/catalogue/brands';
import { CATEGORIES, CATEGORY_CODES } from '../../../../shared/catalogue/categories';
import { CATEGORY_WORDS } from '../../../../shared/catalogue/categoryWords';
import { formatSpec } from '../../../../shared/catalogue/formatSpec';
import { normaliseGrade } from '../../../../shared/catalogue/grades';
import { gradeFit } from '../../../../shared/catalogue/gradeSubstitution';
import { cityOfPlace, distanceKm, findCity } from '../../../../shared/catalogue/places';
import { SPEC_LAYOUTS } from '../../../../shared/catalogue/specLayout';

describe('categories', () => {
  it('keeps the stored codes and gives every category a layout, words and a default weighing', () => {
    expect(CATEGORY_CODES).toContain('rebar');
    for (const code of CATEGORY_CODES) {
      expect(CATEGORIES[code].code).toBe(code);
      expect(SPEC_LAYOUTS[code].length).toBeGreaterThan(0);
      expect(CATEGORY_WORDS.some((w) => w.code === code)).toBe(true);
      expect(['theoretical', 'weighed']).toContain(CATEGORIES[code].defaultWeighing);
    }
  });

  it('lists category words longest first so 镀锌管 wins over 镀锌', () => {
    const words = CATEGORY_WORDS.map((w) => w.word);
    expect(words.indexOf('镀锌管')).toBeLessThan(words.indexOf('镀锌'));
    expect(words.indexOf('盘螺纹')).toBeLessThan(words.indexOf('螺纹'));
  });
});

describe('formatSpec', () => {
  it.each([
    ['rebar', [20, 9000], {}, 'Φ20*9m'],
    ['rebar', [20], {}, 'Φ20'],
    ['coil_rebar', [8], {}, 'Φ8'],
    ['hot_rolled_coil', [3, 1500], {}, '3.0*1500*C'],
    ['hot_rolled_coil', [2.75, 1250, 2500], {}, '2.75*1250*2500'],
    ['plate', [20, 2200, 8000], {}, '20*2200*8000'],
    ['h_beam', [300, 150, 6.5, 9], { hBeamSeries: 'HN' }, 'HN300*150*6.5*9'],
    ['channel', [16], {}, '16#'],
    ['i_beam', [25, 1], {}, '25a#'],
    ['angle', [50, 50, 5], {}, '∠50*5'],
    ['angle', [63, 40, 5], {}, '∠63*40*5'],
    ['welded_pipe', [48, 3.5], {}, 'Φ48*3.5'],
    ['galvanized_pipe', [60.3], { nominalDn: 50 }, 'DN50'],
    ['seamless_pipe', [48, 3.5, 6000], {}, 'Φ48*3.5*6m'],
    ['square_pipe', [100, 100, 4], {}, '100*100*4'],
    ['stainless', [1, 1219], { finish: '2B' }, '2B 1.0*1219*C'],
  ] as const)('%s %j → %s', (category, dims, notation, text) => {
    expect(formatSpec(category, dims, notation)).toBe(text);
  });
});

describe('grades', () => {
  it.each([
    ['hrb400e', 'HRB400E'],
    ['HRB 400E', 'HRB400E'],
    ['三级抗震', 'HRB400E'],
    ['三级', 'HRB400'],
    ['一级', 'HPB300'],
    ['ST12', 'DC01'],
    ['SUS304', '304'],
    ['06Cr19Ni10', '304'],
    ['20号', '20#'],
    ['45', '45#'],
    ['q235b', 'Q235B'],
    ['XYZ-9', 'XYZ9'],
  ])('%s → %s', (raw, canonical) => {
    expect(normaliseGrade(raw)).toBe(canonical);
  });

  it.each([
    ['HRB400E', 'HRB400E', 'exact'],
    ['HRB400E', 'HRB400', 'substitute'],
    ['HRB400', 'HRB400E', undefined],
    ['Q355B', 'Q345B', 'substitute'],
    ['Q345B', 'Q355B', undefined],
    ['Q235C', 'Q235B', 'substitute'],
    ['Q235B', 'Q235C', undefined],
    ['Q235B', 'Q235', 'substitute'],
    ['Q235', 'Q235B', undefined],
    ['Q355B', 'Q235B', undefined],
    ['DC01', 'SPCC', 'substitute'],
    ['SPCC', 'DC01', 'substitute'],
    ['DC04', 'SPCC', 'substitute'],
    ['SPCC', 'DC04', undefined],
    ['316L', '316', 'substitute'],
    ['304', '316', undefined],
  ])('%s for a %s request: %s', (offered, requested, fit) => {
    expect(gradeFit(offered, requested)).toBe(fit);
  });
});

describe('mills and places', () => {
  it('normalises mill aliases and leaves unknown names as written', () => {
    expect(normaliseBrand('江苏沙钢')).toBe('沙钢');
    expect(normaliseBrand('沙钢')).toBe('沙钢');
    expect(normaliseBrand(' 某某钢厂 ')).toBe('某某钢厂');
  });

  it('knows the city of a market district and finds a city inside a warehouse name', () => {
    expect(cityOfPlace('乐从')).toBe('佛山');
    expect(cityOfPlace('火星')).toBeUndefined();
    expect(findCity('上海宝山库')).toBe('上海');
    expect(findCity('乐从钢铁世界')).toBe('佛山');
  });

  it('estimates straight-line distances between cities', () => {
    expect(distanceKm('佛山', '佛山')).toBe(0);
    expect(distanceKm('佛山', '广州')).toBeGreaterThan(10);
    expect(distanceKm('佛山', '广州')).toBeLessThan(40);
    // Shanghai–Beijing is about 1,070 km as the crow flies.
    expect(distanceKm('上海', '北京')).toBeGreaterThan(1000);
    expect(distanceKm('上海', '北京')).toBeLessThan(1150);
    expect(distanceKm('上海', '北京')).toBe(distanceKm('北京', '上海'));
    expect(distanceKm('上海', '火星')).toBeUndefined();
  });
});
