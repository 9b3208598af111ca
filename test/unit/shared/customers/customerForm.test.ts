import { describe, expect, it } from 'vitest';
import { brokerChoices, customerFormValues, emptyCustomerForm, readCustomerForm } from '../../../../shared/customers';

describe('readCustomerForm', () => {
  it('turns a filled form into customer fields: phones and tags split, tonnes to kg, yuan to fen, blanks left out', () => {
    const read = readCustomerForm({
      ...emptyCustomerForm('zhang'),
      name: ' 上海宝丰建材有限公司 ',
      region: '华东',
      phones: '138 1234 5678，021-55667788',
      categories: ['rebar'],
      monthlyTons: '500.5',
      creditLimitYuan: '200,000.50',
      paymentPreference: 'credit',
      tags: '老客户, 工地',
    });
    expect(read).toEqual({
      fields: {
        name: '上海宝丰建材有限公司',
        type: 'buyer',
        region: '华东',
        phones: ['138 1234 5678', '021-55667788'],
        brokerId: 'zhang',
        categories: ['rebar'],
        tags: ['老客户', '工地'],
        estimatedMonthlyKg: 500_500,
        creditLimitFen: 20_000_050,
        paymentPreference: 'credit',
      },
    });
  });

  it('reports every bad field at once', () => {
    const read = readCustomerForm({ ...emptyCustomerForm('zhang'), phones: '13812345678, 12345', monthlyTons: 'lots', creditLimitYuan: '-5' });
    expect(read).toEqual({
      errors: [
        { field: 'name', code: 'required' },
        { field: 'phones', code: 'bad_phone', phone: '12345' },
        { field: 'monthlyTons', code: 'bad_tonnes' },
        { field: 'creditLimitYuan', code: 'bad_amount' },
      ],
    });
  });

  it('round-trips a customer through the form', () => {
    const customer = { name: '无锡永兴', type: 'seller' as const, region: '华东', city: '无锡', phones: ['13812345678'], brokerId: 'li', categories: ['plate' as const], tags: ['供应商'], estimatedMonthlyKg: 922_000, creditLimitFen: 12_345 };
    expect(readCustomerForm(customerFormValues(customer))).toEqual({ fields: customer });
  });
});

describe('brokerChoices', () => {
  const brokers = [
    { id: 'broker-a', name: '张磊' },
    { id: 'broker-b', name: '李娜' },
  ];

  it("gives a new customer on a broker's workstation to that broker, not to the book's first broker", () => {
    expect(brokerChoices(brokers, 'broker-b')).toEqual({ options: brokers, preselected: 'broker-b' });
  });

  it('offers the paired broker by id before the first sync has brought any broker record', () => {
    expect(brokerChoices([], 'broker-a')).toEqual({ options: [{ id: 'broker-a', name: 'broker-a' }], preselected: 'broker-a' });
  });

  it("keeps an edited customer's broker among the choices when its record is missing", () => {
    expect(brokerChoices(brokers, undefined, 'broker-gone').options).toEqual([...brokers, { id: 'broker-gone', name: 'broker-gone' }]);
  });

  it('gives a new customer the first broker of the book on the office or an unpaired workstation', () => {
    expect(brokerChoices(brokers, undefined).preselected).toBe('broker-a');
    expect(brokerChoices([], undefined)).toEqual({ options: [], preselected: '' });
  });
});
