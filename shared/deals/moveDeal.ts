import type { Deal, DealStatus } from '../model/deal';
import { confirmationBlock } from './dealApproval';
import { canMoveDeal, STATUS_TIMESTAMP } from './dealStatus';

/** What moving a deal to `settled` must also record: whether the buyer paid on time (credit record). */
export interface SettlementFacts {
  paidOnTime: boolean;
}

/** The fields to write to move a deal, or why it cannot move. */
export type DealMove =
  | { ok: true; patch: Partial<Pick<Deal, 'status' | 'confirmedAt' | 'deliveredAt' | 'settledAt' | 'cancelledAt' | 'paidOnTime'>> }
  | { ok: false; reason: string };

/**
 * The patch that moves `deal` to `to` at instant `at` (ISO date-time with offset): the status and
 * its timestamp, plus `paidOnTime` when settling. Refuses a move the status ladder does not allow,
 * confirming a deal whose price awaits office approval, and settling without the payment fact.
 */
export function moveDeal(
  deal: Pick<Deal, 'status' | 'needsApproval' | 'approvedAt'>,
  to: DealStatus,
  at: string,
  settlement?: SettlementFacts,
): DealMove {
  // No status leads back to draft; the first test also narrows `to` for the timestamp lookup.
  if (to === 'draft' || !canMoveDeal(deal.status, to)) return { ok: false, reason: `a ${deal.status} deal cannot become ${to}` };
  if (to === 'confirmed') {
    const block = confirmationBlock(deal);
    if (block) return { ok: false, reason: block };
  }
  if (to === 'settled' && settlement === undefined) return { ok: false, reason: 'settling a deal records whether the buyer paid on time' };
  const patch: Extract<DealMove, { ok: true }>['patch'] = { status: to, [STATUS_TIMESTAMP[to]]: at };
  if (to === 'settled') patch.paidOnTime = settlement!.paidOnTime;
  return { ok: true, patch };
}
