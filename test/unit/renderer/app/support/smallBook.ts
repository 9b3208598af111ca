import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { uuidv7 } from '../../../../../shared/ids/uuidv7';

const rebar20 = { text: 'Φ20*9m', dims: [20, 9000] };

export const BUYER_ID = uuidv7();
export const SELLER_ID = uuidv7();

/**
 * A tiny book: one broker, a buyer, a seller and a prospect whose name sorts first by pinyin
 * (安 an) but last by code point, one open offer and one open request, two deals
 * in November 2026 (one confirmed: 30 t at ¥3,560/t = ¥106,800.00; one cancelled, which the
 * analytics leave out) and one in October.
 */
export const SMALL_BOOK: BookContents = {
  brokers: [{ id: 'zhang', name: '张立', prefix: 'ZL' }],
  customers: [
    {
      id: BUYER_ID,
      name: '上海宝丰建材有限公司',
      shortName: '宝丰建材',
      type: 'buyer',
      region: '华东',
      city: '上海',
      phones: [],
      brokerId: 'zhang',
      categories: ['rebar'],
      tags: [],
    },
    {
      id: SELLER_ID,
      name: '无锡永兴钢铁贸易有限公司',
      shortName: '永兴钢贸',
      type: 'seller',
      region: '华东',
      city: '无锡',
      phones: [],
      brokerId: 'zhang',
      categories: ['rebar'],
      tags: [],
    },
    {
      name: '安徽长江钢铁有限公司',
      type: 'both',
      region: '华东',
      city: '马鞍山',
      phones: [],
      brokerId: 'zhang',
      categories: ['plate'],
      tags: [],
    },
  ],
  offers: [
    {
      sellerId: SELLER_ID,
      category: 'rebar',
      grade: 'HRB400E',
      spec: rebar20,
      brand: '沙钢',
      warehouse: '乐从库',
      availableKg: 56000,
      weighing: 'theoretical',
      priceFenPerTon: 356000,
      taxIncluded: true,
      validUntil: '2026-11-30',
      status: 'open',
      postedAt: '2026-11-23T09:30:00+08:00',
    },
  ],
  requests: [
    {
      buyerId: BUYER_ID,
      brokerId: 'zhang',
      receivedAt: '2026-11-23T08:15:00+08:00',
      lines: [{ lineId: uuidv7(), category: 'rebar', grades: ['HRB400', 'HRB400E'], spec: rebar20, weightKg: 30000 }],
      status: 'open',
    },
  ],
  deals: [
    deal('ZL-20261120-001', '2026-11-20', 'confirmed', 30000),
    deal('ZL-20261121-001', '2026-11-21', 'cancelled', 10000),
    deal('ZL-20261015-001', '2026-10-15', 'settled', 20000),
  ],
};

function deal(number: string, dealOn: string, status: 'confirmed' | 'cancelled' | 'settled', weightKg: number) {
  return {
    number,
    buyerId: BUYER_ID,
    sellerId: SELLER_ID,
    brokerId: 'zhang',
    dealOn,
    lines: [{ category: 'rebar' as const, grade: 'HRB400E', spec: rebar20, weightKg, weighing: 'theoretical' as const, priceFenPerTon: 356000 }],
    delivery: { method: 'pickup' as const, warehouse: '乐从库', from: dealOn, to: dealOn },
    payment: { method: 'cash_before_delivery' as const },
    tolerancePerMille: 3,
    objectionDays: 7,
    commission: { kind: 'per_ton' as const, fenPerTon: 2000 },
    status,
    needsApproval: false,
    printCount: 0,
  };
}
