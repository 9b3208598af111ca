/**
 * Grade (材质/牌号) normalisation. Brokers write the same grade many ways: `hrb400e`, `HRB 400E`,
 * `三级抗震`, `Ⅲ级钢`, `ST12`, `SUS304`, `20号`. Everything is compared in the canonical form.
 */

/** Market words and old or foreign names for a canonical grade. Keys are upper case without spaces. */
const GRADE_ALIASES: Readonly<Record<string, string>> = {
  一级: 'HPB300',
  一级钢: 'HPB300',
  圆钢: 'HPB300',
  二级: 'HRB335',
  二级钢: 'HRB335',
  三级: 'HRB400',
  三级钢: 'HRB400',
  三级螺纹: 'HRB400',
  三级抗震: 'HRB400E',
  三级钢抗震: 'HRB400E',
  四级: 'HRB500',
  四级钢: 'HRB500',
  四级抗震: 'HRB500E',
  ST12: 'DC01',
  SUS304: '304',
  S30408: '304',
  '06CR19NI10': '304',
  '0CR18NI9': '304',
  SUS304L: '304L',
  S30403: '304L',
  SUS316L: '316L',
  S31603: '316L',
  '022CR17NI12MO2': '316L',
  SUS201: '201',
  SUS430: '430',
};

/** Already canonical: upper-case letters and digits (and + for coatings), not two digits alone. */
const CANONICAL_SHAPE = /^(?=.*[A-Z])[A-Z0-9+]+$/;

/** Every Chinese grade word the parser should look for, longest first so 三级抗震 wins over 三级. */
export const CHINESE_GRADE_WORDS: readonly string[] = Object.keys(GRADE_ALIASES)
  .filter((word) => /[\u4e00-\u9fff]/.test(word))
  .sort((a, b) => b.length - a.length);

/**
 * The canonical form of a grade: upper case, no spaces or dashes, aliases resolved, plain-steel
 * numbers with `#` (`20号` → `20#`). Unknown grades come back cleaned but otherwise as written.
 */
export function normaliseGrade(raw: string): string {
  const known = GRADE_ALIASES[raw];
  if (known !== undefined) return known;
  if (CANONICAL_SHAPE.test(raw)) return raw;
  const compact = raw.replace(/[\s\-_]/g, '').toUpperCase().replace(/号$/, '#');
  const alias = GRADE_ALIASES[compact];
  if (alias !== undefined) return alias;
  if (/^\d{2}$/.test(compact)) return `${compact}#`;
  return compact;
}
