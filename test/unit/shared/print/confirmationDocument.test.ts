import { describe, expect, it } from 'vitest';
import type { Contact, Customer } from '../../../../shared/model/customer';
import type { Deal } from '../../../../shared/model/deal';
import { DealSchema } from '../../../../shared/model/deal';
import { confirmationDocument } from '../../../../shared/print/confirmationDocument';
import { generateDemoBook } from '../../../../shared/demo';
import { PRINTED_DEAL_LINES } from '../../../fixtures/print/printedDealLines';
import { readAmountInWords } from '../money/readAmountInWords';

const BUYER: Customer = {
  id: '019a8f00-0000-7000-8000-000000000001',
  name: '上海宝丰建材有限公司',
  shortName: '宝丰建材',
  type: 'buyer',
  region: '华东',
  city: '上海',
  address: '上海市宝山区铁山路 88 号',
  phones: ['021-56781234', '13800001111'],
  brokerId: 'zhang',
  categories: ['rebar'],
  tags: [],
};

const SELLER: Customer = {
  id: '019a8f00-0000-7000-8000-000000000002',
  name: '无锡永兴钢铁贸易有限公司',
  type: 'seller',
  region: '华东',
  city: '无锡',
  phones: [],
  brokerId: 'zhang',
  categories: ['rebar'],
  tags: [],
};

const CONTACTS: Contact[] = [
  { id: '019a8f00-0000-7000-8000-000000000011', customerId: BUYER.id, name: '周经理', phone: '13900002222', isKey: false },
  { id: '019a8f00-0000-7000-8000-000000000012', customerId: BUYER.id, name: '王总', phone: '13800001111', isKey: true },
  { id: '019a8f00-0000-7000-8000-000000000013', customerId: SELLER.id, name: '李娜', isKey: false },
];

const DEAL: Deal = DealSchema.parse({
  id: '019a8f00-0000-7000-8000-000000000100',
  number: 'ZL-20261120-001',
  buyerId: BUYER.id,
  sellerId: SELLER.id,
  brokerId: 'zhang',
  dealOn: '2026-11-20',
  lines: PRINTED_DEAL_LINES,
  delivery: { method: 'pickup', warehouse: '乐从库', from: '2026-11-21', to: '2026-11-25' },
  payment: { method: 'prepayment', prepaymentPercent: 30, depositFen: 1000000 },
  tolerancePerMille: 3,
  objectionDays: 7,
  commission: { kind: 'per_ton', fenPerTon: 2000 },
  status: 'confirmed',
  needsApproval: false,
  printCount: 0,
});

const make = (overrides: Partial<Parameters<typeof confirmationDocument>[0]> = {}) =>
  confirmationDocument({ deal: DEAL, buyer: BUYER, seller: SELLER, contacts: CONTACTS, broker: { id: 'zhang', name: '张立', prefix: 'ZL' }, copy: false, ...overrides });

describe('the confirmation document', () => {
  it('carries the number, the date, the broker and whether it is a copy', () => {
    const document = make();
    expect(document).toMatchObject({ number: 'ZL-20261120-001', date: '2026-11-20', status: 'confirmed', broker: '张立', copy: false });
    expect(make({ copy: true }).copy).toBe(true);
  });

  it('names each party in full, with the key contact, phones without repeats, and an address', () => {
    const { buyer, seller } = make();
    expect(buyer).toEqual({ name: '上海宝丰建材有限公司', contact: '王总', phones: ['13800001111', '021-56781234'], address: '上海市宝山区铁山路 88 号' });
    // No key contact: the first one; no address on record: region and city.
    expect(seller).toEqual({ name: '无锡永兴钢铁贸易有限公司', contact: '李娜', phones: [], address: '华东 无锡' });
  });

  it('leaves the contact out when a party has none, and ignores contacts of other customers', () => {
    const { seller } = make({ contacts: CONTACTS.filter((contact) => contact.customerId === BUYER.id) });
    expect(seller.contact).toBeUndefined();
  });

  it('prints each line with exact tonnes, price and amount (rounded half up to the fen)', () => {
    expect(make().rows).toEqual([
      {
        index: 1,
        category: 'rebar',
        grade: 'HRB400E',
        spec: 'Φ20*9m',
        brand: '沙钢',
        warehouse: '乐从库',
        tonnes: '30.000',
        pieces: 120,
        weighing: 'theoretical',
        pricePerTon: '3,560.00',
        amount: '106,800.00',
      },
      { index: 2, category: 'plate', grade: 'Q355B', spec: '20*2200*8000', tonnes: '2.345', weighing: 'weighed', pricePerTon: '3,612.35', amount: '8,470.96' },
    ]);
  });

  it('totals the printed lines, in figures and in Chinese capitals', () => {
    expect(make().totals).toEqual({
      tonnes: '32.345',
      pieces: 120,
      amountFen: 11527096,
      amount: '115,270.96',
      amountInWords: '壹拾壹万伍仟贰佰柒拾元零玖角陆分',
    });
  });

  it('passes the terms on for the clauses, with the deposit in yuan', () => {
    expect(make().clauses).toEqual({
      delivery: { method: 'pickup', warehouse: '乐从库', from: '2026-11-21', to: '2026-11-25' },
      payment: { method: 'prepayment', prepaymentPercent: 30, depositFen: 1000000, deposit: '10,000.00' },
      tolerancePerMille: 3,
      objectionDays: 7,
    });
  });

  it('refuses customers that are not the deal parties', () => {
    expect(() => make({ buyer: SELLER })).toThrow(`deal ZL-20261120-001: buyer ${SELLER.id} is not the deal's buyer ${BUYER.id}`);
    expect(() => make({ seller: BUYER })).toThrow("is not the deal's seller");
  });

  it('adds up for every deal of the demo book: the lines sum to the total, and the words read back as the total', () => {
    const book = generateDemoBook({ customers: 60, offers: 50, requests: 20, deals: 200 });
    const customers = new Map(book.customers.map((customer) => [customer.id, customer]));
    for (const deal of book.deals) {
      const document = confirmationDocument({ deal, buyer: customers.get(deal.buyerId)!, seller: customers.get(deal.sellerId)!, contacts: book.contacts, copy: false });
      const fen = (yuan: string) => Number(yuan.replace(/[,.]/g, ''));
      expect(document.rows.reduce((sum, row) => sum + fen(row.amount), 0)).toBe(document.totals.amountFen);
      expect(fen(document.totals.amount)).toBe(document.totals.amountFen);
      expect(readAmountInWords(document.totals.amountInWords)).toBe(document.totals.amountFen);
    }
  });
});
