import type { DealStatus } from '../model/deal';

/**
 * Where a deal may go from each status: draft → confirmed → delivered → settled, and a draft or
 * a confirmed deal may be cancelled (once goods are delivered, the way out is settling).
 */
export const DEAL_TRANSITIONS: Readonly<Record<DealStatus, readonly DealStatus[]>> = {
  draft: ['confirmed', 'cancelled'],
  confirmed: ['delivered', 'cancelled'],
  delivered: ['settled'],
  settled: [],
  cancelled: [],
};

/** The field stamped with the moment a deal reached each status (drafts have none). */
export const STATUS_TIMESTAMP = {
  confirmed: 'confirmedAt',
  delivered: 'deliveredAt',
  settled: 'settledAt',
  cancelled: 'cancelledAt',
} as const satisfies Partial<Record<DealStatus, string>>;

export function canMoveDeal(from: DealStatus, to: DealStatus): boolean {
  return DEAL_TRANSITIONS[from].includes(to);
}

/** The statuses a deal can move to next, in ladder order. */
export function nextStatuses(from: DealStatus): readonly DealStatus[] {
  return DEAL_TRANSITIONS[from];
}

/** Whether the deal's terms are still its own to edit: only a draft's are. */
export function isEditableInPlace(status: DealStatus): boolean {
  return status === 'draft';
}
