import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../../../../shared/customerImport';

describe('guessColumnMapping', () => {
  it('maps Chinese headers, telling the company phone from the contact phone', () => {
    expect(guessColumnMapping(['客户名称', '联系人', '联系电话', '电话', '地区', '业务员', '生日'])).toEqual({
      name: 0,
      contactName: 1,
      contactPhone: 2,
      phones: 3,
      region: 4,
      broker: 5,
      contactBirthday: 6,
    });
  });

  it('maps English headers ignoring case, spaces and punctuation', () => {
    expect(guessColumnMapping(['Company Name', 'short-name', 'PHONE', 'Contact phone', 'Credit limit (CNY)'])).toEqual({
      name: 0,
      shortName: 1,
      phones: 2,
      contactPhone: 3,
      creditLimitYuan: 4,
    });
  });

  it('maps a header that contains a known name, and leaves unknown columns and duplicates unmapped', () => {
    expect(guessColumnMapping(['序号', '客户名称（全称）', '客户名称', '备注说明'])).toEqual({ name: 2, notes: 3 });
  });
});
