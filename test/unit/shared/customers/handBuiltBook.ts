import type { CategoryCode } from '../../../../shared/catalogue/categories';
import type { CustomerBook, InsightDeal } from '../../../../shared/customers';
import { uuidv7 } from '../../../../shared/ids/uuidv7';
import type { DealStatus } from '../../../../shared/model/deal';

// Small builders for hand-written customer histories. Ids are real UUIDv7s whose time is the
// customer's creation, with counter bytes so every run makes the same ids.

let counter = 0;
const countingBytes = (length: number) => {
  counter++;
  return Uint8Array.from({ length }, (_, i) => (counter >> (8 * (i % 4))) & 0xff);
};

/** A UUIDv7 created at noon (market time) of `isoDate`. */
export function idCreatedOn(isoDate: string): string {
  return uuidv7(Date.parse(`${isoDate}T12:00:00+08:00`), countingBytes);
}

type BookCustomer = CustomerBook['customers'][number];

export function customer(createdOn: string, fields: Omit<BookCustomer, 'id'> = {}): BookCustomer {
  return { id: idCreatedOn(createdOn), ...fields };
}

export interface DealSketch {
  on: string;
  tonnes?: number;
  status?: DealStatus;
  category?: CategoryCode;
  /** Commission in yuan per tonne (default 20). */
  commissionYuanPerTon?: number;
  paidOnTime?: boolean;
  /** The side a dispute on the deal is with. */
  disputeWith?: 'buyer' | 'seller';
}

/** A one-line deal between `buyerId` and `sellerId` (the market's counterparty). */
export function deal(buyerId: string, sellerId: string, sketch: DealSketch): InsightDeal {
  const built: InsightDeal = {
    buyerId,
    sellerId,
    dealOn: sketch.on,
    status: sketch.status ?? 'settled',
    commission: { kind: 'per_ton', fenPerTon: (sketch.commissionYuanPerTon ?? 20) * 100 },
    lines: [{ category: sketch.category ?? 'rebar', weightKg: (sketch.tonnes ?? 10) * 1000, priceFenPerTon: 356_000 }],
  };
  if (sketch.paidOnTime !== undefined) built.paidOnTime = sketch.paidOnTime;
  if (sketch.disputeWith !== undefined) built.dispute = { party: sketch.disputeWith };
  return built;
}

/** Deals of `buyerId` on each date, `tonnes` each. */
export function dealsOn(buyerId: string, sellerId: string, dates: readonly string[], tonnes = 10): InsightDeal[] {
  return dates.map((on) => deal(buyerId, sellerId, { on, tonnes }));
}

/** Dates from `first`, every `everyDays` days, `count` of them. */
export function everyNDays(first: string, everyDays: number, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * everyDays * 86_400_000).toISOString().slice(0, 10));
}
