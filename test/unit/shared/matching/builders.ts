import type { AllocatableRequest } from '../../../../shared/matching/allocate';
import type { MatchableOffer, MatchableRequestLine } from '../../../../shared/matching/matchTypes';

/** A rebar offer in 佛山 valid on 2026-11-23, with the fields a test changes. */
export function offer(id: string, overrides: Partial<MatchableOffer> = {}): MatchableOffer {
  return {
    id,
    sellerId: `seller-${id}`,
    category: 'rebar',
    grade: 'HRB400E',
    spec: { text: 'Φ20*9m', dims: [20, 9000] },
    brand: '沙钢',
    city: '佛山',
    availableKg: 50_000,
    priceFenPerTon: 356_000,
    validUntil: '2026-11-25',
    status: 'open',
    ...overrides,
  };
}

/** A request line for 50 t of HRB400E Φ20 9 m delivered to 佛山. */
export function requestLine(overrides: Partial<MatchableRequestLine & { lineId: string }> = {}): MatchableRequestLine & { lineId: string } {
  return {
    lineId: 'line-1',
    category: 'rebar',
    grades: ['HRB400E'],
    spec: { text: 'Φ20*9m', dims: [20, 9000] },
    weightKg: 50_000,
    deliveryCity: '佛山',
    ...overrides,
  };
}

export function request(id: string, buyerId: string, lines: AllocatableRequest['lines'], receivedAt = '2026-11-23T09:00:00+08:00'): AllocatableRequest {
  return { id, buyerId, receivedAt, lines };
}

export const TODAY = '2026-11-23';
