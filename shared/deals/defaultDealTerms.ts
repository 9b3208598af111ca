import { dayOf, isoDateOf } from '../calendar/marketCalendar';
import type { Deal, PaymentTerms } from '../model';

/** 磅差 ±3‰: the market's usual weight tolerance. */
export const DEFAULT_TOLERANCE_PER_MILLE = 3;
/** Quality objections within a week of delivery. */
export const DEFAULT_OBJECTION_DAYS = 7;
/** Goods are collected within three days of the deal unless agreed otherwise. */
export const DEFAULT_DELIVERY_DAYS = 3;
/** The broker's usual commission: 10 yuan a tonne. */
export const DEFAULT_COMMISSION_FEN_PER_TON = 1_000;

/**
 * The terms a new deal starts with, which the broker then edits: pickup at the goods' warehouse
 * from the deal date for three days, the buyer's usual payment (cash before delivery if none),
 * ±3‰ tolerance, seven days for quality objections, and a per-tonne commission.
 */
export function defaultDealTerms(dealOn: string, options: { warehouse?: string; payment?: PaymentTerms } = {}): Pick<
  Deal,
  'dealOn' | 'delivery' | 'payment' | 'tolerancePerMille' | 'objectionDays' | 'commission'
> {
  return {
    dealOn,
    delivery: {
      method: 'pickup',
      ...(options.warehouse !== undefined && { warehouse: options.warehouse }),
      from: dealOn,
      to: isoDateOf(dayOf(dealOn) + DEFAULT_DELIVERY_DAYS),
    },
    payment: options.payment ?? { method: 'cash_before_delivery' },
    tolerancePerMille: DEFAULT_TOLERANCE_PER_MILLE,
    objectionDays: DEFAULT_OBJECTION_DAYS,
    commission: { kind: 'per_ton', fenPerTon: DEFAULT_COMMISSION_FEN_PER_TON },
  };
}
