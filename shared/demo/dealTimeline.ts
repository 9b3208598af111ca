import type { Deal } from '../model/deal';
import type { PaymentTerms } from '../model/terms';
import { isoDateTime } from '../calendar/marketCalendar';
import type { Random } from './random';

/** The part of a deal that says how far it got and when. */
export type DealTimeline = Pick<
  Deal,
  'status' | 'approvedAt' | 'confirmedAt' | 'deliveredAt' | 'settledAt' | 'cancelledAt' | 'paidOnTime' | 'printCount'
>;

export interface DealEvents {
  day: number;
  minute: number;
  deliveryFrom: number;
  deliveryTo: number;
  payment: PaymentTerms;
  needsApproval: boolean;
  /** Chance that a credit buyer pays late. */
  lateRisk: number;
}

/** Deliveries and payments happen 08:00–17:00; the deals themselves up to 17:30 (see deals.ts). */
const OFFICE_HOURS: readonly [number, number] = [8 * 60, 17 * 60];
/** Deals a broker only just drafted: the last few days, some not yet confirmed. */
const DRAFT_WINDOW_DAYS = 5;
const DRAFT_SHARE = 0.4;
const CANCELLED_SHARE = 0.03;
/** Weights are reconciled (对磅) and the balance paid within a week of delivery. */
const RECONCILE_DAYS: readonly [number, number] = [1, 7];

/** A minute of `day` during office hours, and at least half an hour after the deal if on its day. */
function minuteAfterDeal(events: DealEvents, day: number, rng: Random): number {
  const earliest = day === events.day ? Math.max(OFFICE_HOURS[0], events.minute + 30) : OFFICE_HOURS[0];
  return rng.int(earliest, Math.max(earliest, OFFICE_HOURS[1]));
}

function settlementDay(events: DealEvents, deliveredDay: number, onTime: boolean, rng: Random): number {
  const { creditDays } = events.payment;
  if (creditDays === undefined) return deliveredDay + rng.int(RECONCILE_DAYS[0], RECONCILE_DAYS[1]);
  return deliveredDay + creditDays + (onTime ? -rng.int(0, 5) : rng.int(3, 30));
}

/**
 * Where a deal made on `day` stands at the end of `today`: drafted, confirmed, delivered,
 * settled or cancelled, each step with its time, and, once settled, whether the buyer paid on
 * time. Steps follow each other and none lies after today.
 */
export function dealTimeline(events: DealEvents, today: number, rng: Random): DealTimeline {
  const approval = events.needsApproval ? { approvedAt: isoDateTime(events.day, events.minute - rng.int(10, 90)) } : {};
  if (events.day >= today - DRAFT_WINDOW_DAYS && rng.chance(DRAFT_SHARE)) {
    return { status: 'draft', printCount: 0 };
  }
  const confirmedAt = isoDateTime(events.day, events.minute);
  const printCount = rng.int(1, 3);
  if (rng.chance(CANCELLED_SHARE)) {
    const cancelledDay = Math.min(today, events.day + rng.int(0, 3));
    return { status: 'cancelled', ...approval, confirmedAt, cancelledAt: isoDateTime(cancelledDay, minuteAfterDeal(events, cancelledDay, rng)), printCount };
  }
  const deliveredDay = rng.int(events.deliveryFrom, events.deliveryTo);
  if (deliveredDay > today) return { status: 'confirmed', ...approval, confirmedAt, printCount };
  const deliveredAt = isoDateTime(deliveredDay, minuteAfterDeal(events, deliveredDay, rng));
  const onTime = !rng.chance(events.payment.method === 'credit' ? events.lateRisk : 0.03);
  const settledDay = settlementDay(events, deliveredDay, onTime, rng);
  if (settledDay > today) return { status: 'delivered', ...approval, confirmedAt, deliveredAt, printCount };
  const settledAt = isoDateTime(settledDay, rng.int(OFFICE_HOURS[0], OFFICE_HOURS[1]));
  return { status: 'settled', ...approval, confirmedAt, deliveredAt, settledAt, paidOnTime: onTime, printCount };
}
