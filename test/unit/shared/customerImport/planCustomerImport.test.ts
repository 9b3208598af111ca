import { describe, expect, it } from 'vitest';
import { customerExportTable, guessColumnMapping, planCustomerImport, readImportRows } from '../../../../shared/customerImport';
import type { Contact, Customer } from '../../../../shared/model/customer';

const context = { brokers: [{ id: 'zhang', name: '张立' }], defaultBrokerId: 'zhang' };

const existing: Customer[] = [
  { id: 'bf', name: '上海宝丰建材有限公司', type: 'buyer', region: '华东', phones: ['021-55667788'], brokerId: 'zhang', categories: ['rebar'], tags: ['老客户'] },
  { id: 'yx', name: '无锡永兴钢铁贸易有限公司', type: 'seller', region: '华东', phones: ['13812345678'], brokerId: 'zhang', categories: [], tags: [] },
];
const contacts: Contact[] = [{ id: 'k1', customerId: 'bf', name: '王秀英', phone: '13800000001', isKey: true }];

function plan(rows: string[][]) {
  const table = [['客户名称', '类型', '地区', '电话', '品种', '标签', '联系人', '联系电话'], ...rows];
  return planCustomerImport(readImportRows(table, guessColumnMapping(table[0]!), context).customers, existing, contacts);
}

describe('planCustomerImport', () => {
  it('creates customers the book does not have', () => {
    const result = plan([['杭州钢材物资公司', '买方', '华东', '', '', '', '赵六', '13700000000']]);
    expect(result.creates).toHaveLength(1);
    expect(result.creates[0]!.contacts).toEqual([{ name: '赵六', phone: '13700000000' }]);
    expect(result.updates).toEqual([]);
  });

  it('updates a customer matched by name: changed fields only, lists added to, contacts added or changed', () => {
    const result = plan([['上海宝丰建材有限公司', '买卖兼营', '华东', '021 5566 7788', '盘螺', '工地', '王秀英', '13800000002']]);
    expect(result.creates).toEqual([]);
    expect(result.updates).toEqual([
      {
        rows: [2],
        id: 'bf',
        name: '上海宝丰建材有限公司',
        patch: { type: 'both', categories: ['rebar', 'coil_rebar'], tags: ['老客户', '工地'] },
        newContacts: [],
        contactPatches: [{ id: 'k1', patch: { phone: '13800000002' } }],
      },
    ]);
  });

  it('matches by phone when the name differs', () => {
    const result = plan([['永兴钢贸', '卖方', '华东', '+86 138 1234 5678', '', '', '', '']]);
    expect(result.updates).toEqual([]);
    expect(result.unchanged).toEqual([{ rows: [2], id: 'yx' }]);
  });

  it('re-importing its own export changes nothing', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const table = customerExportTable(existing, contacts, (id) => (id === 'zhang' ? '张立' : id), language);
      const read = readImportRows(table, guessColumnMapping(table[0]!), context);
      expect(read.errors).toEqual([]);
      expect(planCustomerImport(read.customers, existing, contacts)).toEqual({ creates: [], updates: [], unchanged: [{ rows: [2], id: 'bf' }, { rows: [3], id: 'yx' }] });
    }
  });
});
