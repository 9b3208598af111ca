import { describe, expect, it } from 'vitest';
import { buildCustomerSearchIndex, incrementalSearch } from '../../../../shared/search';

const customers = [
  { id: 'sg', name: '江苏沙钢集团有限公司', shortName: '沙钢集团', phones: ['0512-58568888'] },
  { id: 'cq', name: '重庆钢铁股份有限公司', shortName: '重钢', phones: [] },
  { id: 'bf', name: '上海宝丰建材有限公司', shortName: '宝丰建材', phones: ['13812345678'] },
];

describe('incrementalSearch', () => {
  it('finds by initials keystroke by keystroke, narrowing as the query grows and widening when it is edited', () => {
    const search = incrementalSearch(buildCustomerSearchIndex(customers));
    expect(search('s')).toEqual(expect.arrayContaining(['sg', 'bf']));
    expect(search('sg')).toEqual(['sg']);
    expect(search('sgjt')).toEqual(['sg']);
    expect(search('bf')).toEqual(['bf']);
  });

  it('reads heteronyms every way: 重 as chong and as zhong', () => {
    const search = incrementalSearch(buildCustomerSearchIndex(customers));
    expect(search('cqgt')).toEqual(['cq']);
    expect(search('zg')).toEqual(['cq']);
  });

  it('finds by phone digits', () => {
    const search = incrementalSearch(buildCustomerSearchIndex(customers));
    expect(search('138123')).toEqual(['bf']);
  });
});
