import { describe, expect, it } from 'vitest';
import { guessColumnMapping, readImportRows } from '../../../../shared/customerImport';

const context = { brokers: [{ id: 'zhang', name: '张立' }], defaultBrokerId: 'zhang' };
const HEADER = ['客户名称', '类型', '地区', '电话', '品种', '月用量', '付款方式', '授信额度', '业务员', '联系人', '联系电话', '生日'];

function read(rows: string[][]) {
  const table = [HEADER, ...rows];
  return readImportRows(table, guessColumnMapping(HEADER), context);
}

describe('readImportRows', () => {
  it('reads a good row into customer fields and a contact', () => {
    const result = read([['上海宝丰建材有限公司', '买方', '华东', '021-55667788', '螺纹钢、盘螺', '500吨', '账期', '¥200000', '张立', '王秀英', '13812345678', '1971-03-25']]);
    expect(result.errors).toEqual([]);
    expect(result.customers).toEqual([
      {
        rows: [2],
        customer: {
          name: '上海宝丰建材有限公司',
          type: 'buyer',
          region: '华东',
          phones: ['021-55667788'],
          brokerId: 'zhang',
          categories: ['rebar', 'coil_rebar'],
          tags: [],
          estimatedMonthlyKg: 500_000,
          paymentPreference: 'credit',
          creditLimitFen: 20_000_000,
        },
        contacts: [{ name: '王秀英', phone: '13812345678', birthday: '03-25' }],
      },
    ]);
  });

  it('says which row and which field is wrong, and leaves bad rows out whole', () => {
    const result = read([
      ['甲公司', '买方', '华东', '138123', '', '', '', '', '', '', '', ''],
      ['', '卖方', '华东', '', '', '', '', '', '', '', '', ''],
      ['乙公司', '代理', '华东', '', '钢筋水泥', 'many', '赊账', 'abc', '李四', '', '139', '13-45'],
      ['丙公司', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(result.errors).toEqual([
      { row: 2, field: 'phones', code: 'bad_phone', value: '138123' },
      { row: 3, field: 'name', code: 'missing_name', value: '' },
      { row: 4, field: 'type', code: 'bad_type', value: '代理' },
      { row: 4, field: 'categories', code: 'bad_category', value: '钢筋水泥' },
      { row: 4, field: 'estimatedMonthlyTons', code: 'bad_tonnes', value: 'many' },
      { row: 4, field: 'paymentPreference', code: 'bad_payment', value: '赊账' },
      { row: 4, field: 'creditLimitYuan', code: 'bad_amount', value: 'abc' },
      { row: 4, field: 'broker', code: 'unknown_broker', value: '李四' },
      { row: 4, field: 'contactName', code: 'missing_contact_name', value: '' },
      { row: 4, field: 'contactPhone', code: 'bad_phone', value: '139' },
      { row: 4, field: 'contactBirthday', code: 'bad_birthday', value: '13-45' },
    ]);
    expect(result.customers.map((customer) => customer.customer.name)).toEqual(['丙公司']);
    expect(result.customers[0]!.customer.type).toBe('both');
    expect(result.dataRows).toBe(4);
  });

  it('skips empty rows and merges rows of the same customer into one with several contacts', () => {
    const result = read([
      ['沙钢集团', '', '华东', '0512-58568888', '螺纹钢', '', '', '', '', '张三', '13900000001', ''],
      ['', '', '', '', '', '', '', '', '', '', '', ''],
      ['  ', '', '', '', '', '', '', '', '', '', '', ''],
      ['沙钢 集团', '', '', '13900000009', '线材', '', '', '', '', '李四', '', '3月8日'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.emptyRows).toBe(2);
    expect(result.customers).toHaveLength(1);
    const [merged] = result.customers;
    expect(merged!.rows).toEqual([2, 5]);
    expect(merged!.customer.phones).toEqual(['0512-58568888', '13900000009']);
    expect(merged!.customer.categories).toEqual(['rebar', 'wire_rod']);
    expect(merged!.contacts).toEqual([
      { name: '张三', phone: '13900000001' },
      { name: '李四', birthday: '03-08' },
    ]);
  });

  it('reads only the mapped columns: a file without a name column reports every data row', () => {
    const table = [['电话'], ['13812345678'], ['13912345678']];
    const result = readImportRows(table, guessColumnMapping(table[0]!), context);
    expect(result.errors.map((error) => [error.row, error.code])).toEqual([
      [2, 'missing_name'],
      [3, 'missing_name'],
    ]);
  });
});
