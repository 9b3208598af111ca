import { describe, expect, it } from 'vitest';
import { readBirthday, readContactForm } from '../../../../shared/customers';

describe('readContactForm', () => {
  it('reads a contact, the birthday as MM-DD, blank fields left out', () => {
    expect(readContactForm({ name: ' 王秀英 ', title: '老板', phone: '138 1234 5678', wechat: '', birthday: '3月25日', isKey: true })).toEqual({
      fields: { name: '王秀英', title: '老板', phone: '138 1234 5678', birthday: '03-25', isKey: true },
    });
  });

  it('reports every bad field', () => {
    expect(readContactForm({ name: '', title: '', phone: '12345', wechat: '', birthday: '02-30', isKey: false })).toEqual({
      errors: [
        { field: 'name', code: 'required' },
        { field: 'phone', code: 'bad_phone' },
        { field: 'birthday', code: 'bad_birthday' },
      ],
    });
  });
});

describe('readBirthday', () => {
  it('accepts the ways people write a day of the year, 29 February included', () => {
    expect(['3-25', '03/25', '1971-03-25', '1971年3月25日', '02-29', '１２－０１'].map(readBirthday)).toEqual(['03-25', '03-25', '03-25', '03-25', '02-29', '12-01']);
  });

  it('refuses what is no day of the year', () => {
    expect(['13-01', '04-31', '0-5', 'spring', ''].map(readBirthday)).toEqual([null, null, null, null, null]);
  });
});
