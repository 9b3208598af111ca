import type { Deal, DealDispute, DealStatus, DisputeParty } from '../model/deal';

/**
 * Disputes belong to agreed deals: a draft has nothing agreed to dispute yet, and a cancelled deal
 * did not go ahead. Settled deals are included, since quarrels over quality or payment often come
 * after the money.
 */
const DISPUTABLE: ReadonlySet<DealStatus> = new Set<DealStatus>(['confirmed', 'delivered', 'settled']);

/** A dispute as the broker records it; the date is today in market time. */
export interface DisputeRaised {
  party: DisputeParty;
  reason: string;
  on: string;
}

/** A dispute's outcome as the broker records it. */
export interface DisputeResolved {
  resolution: string;
  on: string;
}

/** The field to write, or why it cannot be written. */
export type DisputeChange = { ok: true; patch: { dispute: DealDispute } } | { ok: false; reason: string };

/** Why a deal of this status takes no dispute, or undefined if it does. */
export function disputeStatusRefusal(status: DealStatus): string | undefined {
  return DISPUTABLE.has(status) ? undefined : `a ${status} deal takes no dispute: only agreed deals do`;
}

export function canRaiseDispute(deal: Pick<Deal, 'status' | 'dispute'>): boolean {
  return disputeStatusRefusal(deal.status) === undefined && deal.dispute === undefined;
}

export function canResolveDispute(deal: Pick<Deal, 'status' | 'dispute'>): boolean {
  return disputeStatusRefusal(deal.status) === undefined && deal.dispute !== undefined && deal.dispute.resolvedOn === undefined;
}

/** Records a dispute with one party. A deal keeps one dispute, so its record is never overwritten. */
export function raiseDispute(deal: Pick<Deal, 'status' | 'dispute'>, raised: DisputeRaised): DisputeChange {
  const refusal = disputeStatusRefusal(deal.status);
  if (refusal) return { ok: false, reason: refusal };
  if (deal.dispute) return { ok: false, reason: 'this deal already has a dispute on record' };
  const reason = raised.reason.trim();
  if (reason === '') return { ok: false, reason: 'a dispute needs a reason' };
  return { ok: true, patch: { dispute: { raisedOn: raised.on, party: raised.party, reason } } };
}

/** Closes the open dispute with its outcome, on or after the day it was raised. */
export function resolveDispute(deal: Pick<Deal, 'status' | 'dispute'>, resolved: DisputeResolved): DisputeChange {
  const refusal = disputeStatusRefusal(deal.status);
  if (refusal) return { ok: false, reason: refusal };
  const open = deal.dispute;
  if (!open || open.resolvedOn !== undefined) return { ok: false, reason: 'this deal has no open dispute' };
  const resolution = resolved.resolution.trim();
  if (resolution === '') return { ok: false, reason: 'a resolved dispute records the outcome' };
  if (resolved.on < open.raisedOn) return { ok: false, reason: 'a dispute is resolved on or after the day it was raised' };
  return { ok: true, patch: { dispute: { ...open, resolvedOn: resolved.on, resolution } } };
}

/**
 * The store's check of a write that changes `dispute` (dealWriteRules): only on agreed deals, and
 * what the credit record holds stays there. Raising and resolving are the only changes; a dispute
 * is never removed, rewritten or reopened.
 */
export function disputeChangeRefusal(current: Pick<Deal, 'status' | 'dispute'>, next: Pick<Deal, 'status' | 'dispute'>): string | undefined {
  const refusal = disputeStatusRefusal(current.status) ?? disputeStatusRefusal(next.status);
  if (refusal) return refusal;
  const before = current.dispute;
  if (!before) return undefined;
  if (!next.dispute) return 'a dispute stays on the credit record';
  if (before.resolvedOn !== undefined) return 'a resolved dispute is final';
  const after = next.dispute;
  if (after.raisedOn !== before.raisedOn || after.party !== before.party || after.reason !== before.reason) return 'a dispute is recorded once: only its resolution may be added';
  return undefined;
}

/** The customer a dispute is with. */
export function disputedCustomer(deal: Pick<Deal, 'buyerId' | 'sellerId'>, party: DisputeParty): string {
  return party === 'buyer' ? deal.buyerId : deal.sellerId;
}
