import { describe, expect, it } from 'vitest';
import { findDuplicateCustomers, isPlausiblePhone, normalizePhone } from '../../../../shared/customers';

const book = [
  { id: 'a', name: '上海宝丰建材有限公司', phones: ['021-5566 7788'] },
  { id: 'b', name: '无锡永兴钢铁贸易有限公司', phones: ['13812345678'] },
  { id: 'c', name: '江苏沙钢集团有限公司', phones: [] },
];

describe('findDuplicateCustomers', () => {
  it('names a customer with the same name, ignoring spacing, punctuation and full-width forms', () => {
    expect(findDuplicateCustomers({ name: ' 上海宝丰建材有限公司 ', phones: [] }, book)).toEqual([{ id: 'a', reason: 'same_name' }]);
    expect(findDuplicateCustomers({ name: '江苏沙钢（集团）有限公司', phones: [] }, book)).toEqual([{ id: 'c', reason: 'same_name' }]);
  });

  it('names a customer with a phone in common, however the number is written', () => {
    expect(findDuplicateCustomers({ name: '新客户', phones: ['+86 138-1234-5678'] }, book)).toEqual([{ id: 'b', reason: 'same_phone', phone: '13812345678' }]);
    expect(findDuplicateCustomers({ name: '新客户', phones: ['02155667788'] }, book)).toEqual([{ id: 'a', reason: 'same_phone', phone: '02155667788' }]);
  });

  it('names a near-identical name: another legal form, or one character off', () => {
    expect(findDuplicateCustomers({ name: '上海宝丰建材', phones: [] }, book)).toEqual([{ id: 'a', reason: 'similar_name' }]);
    expect(findDuplicateCustomers({ name: '上海宝峰建材有限公司', phones: [] }, book)).toEqual([{ id: 'a', reason: 'similar_name' }]);
    expect(findDuplicateCustomers({ name: '无锡永兴钢贸有限公司', phones: [] }, book)).toEqual([]);
  });

  it('finds nothing for a different company, and never the customer itself when editing', () => {
    expect(findDuplicateCustomers({ name: '杭州钢铁物资公司', phones: ['13900000000'] }, book)).toEqual([]);
    expect(findDuplicateCustomers({ id: 'a', name: '上海宝丰建材有限公司', phones: ['021-55667788'] }, book)).toEqual([]);
  });

  it('puts the strongest reason first', () => {
    const found = findDuplicateCustomers({ name: '上海宝丰建材', phones: ['13812345678'] }, book);
    expect(found.map((match) => match.reason)).toEqual(['same_phone', 'similar_name']);
  });
});

describe('phone numbers', () => {
  it('normalises to digits and drops the country code of mobiles', () => {
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('０５５１－８７６０７９００')).toBe('055187607900');
  });

  it('accepts mainland mobiles and landlines with area codes, refuses the rest', () => {
    expect(['13812345678', '0551-87607900', '021 5566 7788', '+8619800605522'].map(isPlausiblePhone)).toEqual([true, true, true, true]);
    expect(['138123', '12812345678', '5566778', 'abc', '138123456789'].map(isPlausiblePhone)).toEqual([false, false, false, false, false]);
  });
});
