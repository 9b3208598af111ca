import type { Amendment, Deal, Rating } from '../../../../shared/model/deal';
import type { Contact, ContactLog, Customer } from '../../../../shared/model/customer';
import type { Offer } from '../../../../shared/model/offer';
import type { Quote } from '../../../../shared/model/quote';
import type { BuyRequest } from '../../../../shared/model/request';
import { uuidv7 } from '../../../../shared/ids/uuidv7';

// Valid records of every synced table, with just the links a test cares about.

const spec = { text: 'Φ20*9m', dims: [20, 9000] };

export function customerRecord(brokerId: string, overrides: Partial<Customer> = {}): Customer {
  return { id: uuidv7(), name: '华东钢贸有限公司', type: 'buyer', region: '上海', phones: ['13800000000'], brokerId, categories: ['rebar'], tags: [], ...overrides };
}

export function contactRecord(customerId: string): Contact {
  return { id: uuidv7(), customerId, name: '王经理', phone: '13900000000', isKey: true };
}

export function contactLogRecord(customerId: string, brokerId: string): ContactLog {
  return { id: uuidv7(), customerId, brokerId, at: '2026-11-23T09:30:00+08:00', channel: 'phone', summary: '询价螺纹钢 200 吨' };
}

export function quoteRecord(customerId: string, brokerId: string): Quote {
  return {
    id: uuidv7(),
    customerId,
    brokerId,
    category: 'rebar',
    grade: 'HRB400E',
    spec,
    weightKg: 200_000,
    priceFenPerTon: 365_000,
    floorFenPerTon: 360_000,
    breakdown: [{ label: '基价', fenPerTon: 365_000 }],
    approval: 'not_needed',
    validUntil: '2026-11-30',
    createdAt: '2026-11-23T10:00:00+08:00',
  };
}

export function requestRecord(buyerId: string, brokerId: string): BuyRequest {
  return {
    id: uuidv7(),
    buyerId,
    brokerId,
    receivedAt: '2026-11-23T09:00:00+08:00',
    lines: [{ lineId: uuidv7(), category: 'rebar', grades: ['HRB400E'], spec, weightKg: 200_000 }],
    status: 'open',
  };
}

export function offerRecord(sellerId: string): Offer {
  return {
    id: uuidv7(),
    sellerId,
    category: 'rebar',
    grade: 'HRB400E',
    spec,
    availableKg: 500_000,
    weighing: 'theoretical',
    priceFenPerTon: 362_000,
    taxIncluded: true,
    validUntil: '2026-11-30',
    status: 'open',
    postedAt: '2026-11-23T08:00:00+08:00',
  };
}

export function dealRecord(buyerId: string, sellerId: string, brokerId: string): Deal {
  return {
    id: uuidv7(),
    number: `ZL-20261123-${Math.floor(Math.random() * 1000)}`,
    buyerId,
    sellerId,
    brokerId,
    dealOn: '2026-11-23',
    lines: [{ category: 'rebar', grade: 'HRB400E', spec, weightKg: 200_000, weighing: 'theoretical', priceFenPerTon: 365_000 }],
    delivery: { method: 'pickup', from: '2026-11-24', to: '2026-11-26' },
    payment: { method: 'cash_before_delivery' },
    tolerancePerMille: 3,
    objectionDays: 7,
    commission: { kind: 'per_ton', fenPerTon: 1_000 },
    status: 'confirmed',
    needsApproval: false,
    printCount: 0,
  };
}

export function amendmentRecord(dealId: string, brokerId: string): Amendment {
  return {
    id: uuidv7(),
    dealId,
    changes: [{ field: 'delivery.to', from: '2026-11-26', to: '2026-11-28' }],
    reason: '买方仓库排队',
    agreedBy: '王经理',
    agreedVia: 'phone',
    agreedAt: '2026-11-24T10:00:00+08:00',
    brokerId,
  };
}

export function ratingRecord(dealId: string, customerId: string): Rating {
  return { id: uuidv7(), dealId, customerId, byRole: 'buyer', score: 5, at: '2026-11-27T10:00:00+08:00' };
}
