import { describe, expect, it } from 'vitest';
import {
  buildCustomerSearchIndex,
  searchCustomers,
  type CustomerSearchResult,
  type SearchableContact,
  type SearchableCustomer,
} from '../../../../shared/search';

const firm = (id: string, name: string, more: Partial<SearchableCustomer> = {}): SearchableCustomer => ({ id, name, phones: [], ...more });

const customers = [
  firm('shagang', '沙钢集团有限公司', { shortName: '沙钢', phones: ['0512-5678-1234'] }),
  firm('yonggang', '江苏永钢集团有限公司', { shortName: '永钢' }),
  firm('changlong', '长隆钢铁贸易有限公司'),
  firm('shanxian', '单县物资有限公司'),
  firm('chongqing', '重庆钢铁股份有限公司'),
  firm('baoshan', '上海宝山钢材市场'),
  firm('lecong', '乐从钢铁世界'),
  firm('abc', 'ＡＢＣ钢铁（集团）'),
  firm('third', '第3钢材市场'),
];
const contacts: SearchableContact[] = [{ customerId: 'baoshan', name: '张伟', phone: '138 1234 5678' }];
const index = buildCustomerSearchIndex(customers, contacts);
const find = (query: string) => searchCustomers(index, query).ids;

describe('customer search by characters, pinyin and phone', () => {
  it.each<[string, string, string[]]>([
    ['Chinese characters', '沙钢', ['shagang']],
    ['characters anywhere in the name', '集团', ['shagang', 'yonggang', 'abc']],
    ['pinyin initials (sgjt → 沙钢集团)', 'sgjt', ['shagang']],
    ['full pinyin', 'shagang', ['shagang']],
    ['full pinyin of the whole name part', 'shagangjituan', ['shagang']],
    ['full pinyin of another', 'yonggang', ['yonggang']],
    ['full syllables then initials', 'shagjt', ['shagang']],
    ['a character then pinyin', '沙gang', ['shagang']],
    ['initials then characters', 'sg集团', ['shagang']],
    ['a syllable half typed where the query ends (上海)', 'shangh', ['baoshan']],
    ['a zh initial (张伟)', 'zhw', ['baoshan']],
    ['a syllable typed in full before the next (宝山钢)', 'shangang', ['baoshan']],
    ['the reading of 长 in 长隆 (zhang by default)', 'changlong', ['changlong']],
    ['the reading of 单 in 单县 (dan by default)', 'shanxian', ['shanxian']],
    ['the default reading of 单 too', 'danxian', ['shanxian']],
    ['the reading of 重 in 重庆', 'chongqing', ['chongqing']],
    ['the reading of 乐 in 乐从', 'lecong', ['lecong']],
    ['a contact’s phone, written with spaces', '1381234', ['baoshan']],
    ['a phone written with dashes, typed with one', '5678-1234', ['shagang']],
    ['a phone typed with a space', '0512 5678', ['shagang']],
    ['a contact’s name in characters', '张伟', ['baoshan']],
    ['a contact’s name in pinyin', 'zhangwei', ['baoshan']],
    ['full-width letters', 'abc', ['abc']],
    ['upper case and the brackets left out', 'ABC钢铁集团', ['abc']],
    ['a digit after pinyin', 'di3', ['third']],
    ['a digit before initials', '3gc', ['third']],
    ['letters then a character', 'bc钢', ['abc']],
  ])('finds by %s: %s', (_, query, ids) => {
    expect(find(query)).toEqual(ids);
  });

  it('takes a syllable cut short only where the query ends: `sha` is not a way to write 山 shan', () => {
    expect(find('shagang')).not.toContain('baoshan'); // 宝山钢材
  });

  it('finds nothing when nothing matches', () => {
    expect(searchCustomers(index, 'xyzq')).toMatchObject({ total: 0, ids: [] });
  });

  it('never matches across two fields', () => {
    const split = buildCustomerSearchIndex([firm('split', '某某沙', { shortName: '钢某' })]);
    expect(searchCustomers(split, 'shagang').total).toBe(0);
    expect(searchCustomers(split, 'mms').total).toBe(1);
  });

  it('matches everyone on an empty query', () => {
    expect(searchCustomers(index, '  ').total).toBe(customers.length);
  });
});

describe('ranking', () => {
  const ranked = buildCustomerSearchIndex(
    [
      firm('contact', '某某公司'),
      firm('short', '某甲公司', { shortName: '钢铁' }),
      firm('inside', '江苏钢铁'),
      firm('start', '钢铁物流'),
      firm('secondContact', '某乙公司'),
    ],
    [
      { customerId: 'contact', name: '王钢铁' },
      { customerId: 'secondContact', name: '李四' },
      { customerId: 'secondContact', name: '钢铁侠' },
    ],
  );

  it('puts name matches first, a match at the start before one inside, then short names, contacts', () => {
    expect(searchCustomers(ranked, 'gangtie').ids).toEqual(['start', 'inside', 'short', 'secondContact', 'contact']);
  });

  it('returns at most `limit` ids but counts every match', () => {
    const result = searchCustomers(ranked, 'gt', { limit: 2 });
    expect(result.ids).toEqual(['start', 'inside']);
    expect(result.total).toBe(5);
  });
});

describe('incremental search per keystroke', () => {
  const typeLetterByLetter = (word: string, within = index) => {
    let previous: CustomerSearchResult | undefined;
    const steps: CustomerSearchResult[] = [];
    for (let i = 1; i <= word.length; i++) {
      previous = searchCustomers(within, word.slice(0, i), previous ? { previous } : {});
      steps.push(previous);
    }
    return steps;
  };

  it('narrowing from the previous keystroke gives what a fresh search gives', () => {
    for (const word of ['sgjt', 'shagang', 'gangtie', 'zhangwei', '1381234']) {
      for (const step of typeLetterByLetter(word)) {
        const fresh = searchCustomers(index, step.query);
        expect([step.query, step.ids, step.total]).toEqual([fresh.query, fresh.ids, fresh.total]);
      }
    }
  });

  it('searches everything again when the query no longer extends the previous one (backspace, edit)', () => {
    const previous = searchCustomers(index, 'shag');
    expect(searchCustomers(index, 'sha', { previous }).total).toBe(searchCustomers(index, 'sha').total);
    expect(searchCustomers(index, 'yong', { previous }).ids).toEqual(['yonggang']);
  });

  it('ignores a previous result of another index', () => {
    const other = buildCustomerSearchIndex([firm('x', '永钢物资')]);
    const previous = searchCustomers(other, 'yong');
    expect(searchCustomers(index, 'yongg', { previous }).ids).toEqual(['yonggang']);
  });
});
