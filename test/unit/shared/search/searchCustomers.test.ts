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
  it('finds by Chinese characters, anywhere in the name', () => {
    expect(find('沙钢')).toEqual(['shagang']);
    expect(find('集团')).toEqual(['shagang', 'yonggang', 'abc']);
  });

  it('finds by pinyin initials: sgjt → 沙钢集团', () => {
    expect(find('sgjt')).toEqual(['shagang']);
  });

  it('finds by full pinyin, whole or partial', () => {
    expect(find('shagang')).toEqual(['shagang']);
    expect(find('shagangjituan')).toEqual(['shagang']);
    expect(find('yonggang')).toEqual(['yonggang']);
  });

  it('finds by a mix of full syllables, initials and characters', () => {
    expect(find('shagjt')).toEqual(['shagang']);
    expect(find('沙gang')).toEqual(['shagang']);
    expect(find('sg集团')).toEqual(['shagang']);
  });

  it('takes a syllable cut short only where the query ends, as the user is still typing it', () => {
    expect(find('shangh')).toEqual(['baoshan']); // 上海, 海 half typed
    expect(find('zhw')).toEqual(['baoshan']); // 张伟 by its zh initial
    expect(find('shagang')).not.toContain('baoshan'); // 宝山钢材: 'sha' is not a way to write 山 shan
    expect(find('shangang')).toEqual(['baoshan']);
  });

  it('finds heteronyms by every reading, including the proper-noun readings the dictionary gets wrong', () => {
    expect(find('changlong')).toEqual(['changlong']); // 长隆, read zhang by default
    expect(find('shanxian')).toEqual(['shanxian']); // 单县, read dan by default
    expect(find('danxian')).toEqual(['shanxian']);
    expect(find('chongqing')).toEqual(['chongqing']);
    expect(find('lecong')).toEqual(['lecong']);
  });

  it('finds by phone, ignoring the spaces and dashes it was written with', () => {
    expect(find('1381234')).toEqual(['baoshan']); // a contact's phone
    expect(find('5678-1234')).toEqual(['shagang']);
    expect(find('0512 5678')).toEqual(['shagang']);
  });

  it('finds by a contact’s name, in characters or pinyin', () => {
    expect(find('张伟')).toEqual(['baoshan']);
    expect(find('zhangwei')).toEqual(['baoshan']);
  });

  it('folds full-width letters and ignores punctuation', () => {
    expect(find('abc')).toEqual(['abc']);
    expect(find('ABC钢铁集团')).toEqual(['abc']);
  });

  it('finds letters and digits inside a name, next to pinyin', () => {
    expect(find('di3')).toEqual(['third']);
    expect(find('3gc')).toEqual(['third']);
    expect(find('bc钢')).toEqual(['abc']);
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
