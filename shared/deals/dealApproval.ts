import type { Deal } from '../model/deal';
import type { HubPairing } from '../sync/hubTransport';

/**
 * Why a deal cannot be confirmed yet, or undefined when it can: a price under the floor needs the
 * office's approval (报价审批) first.
 */
export function confirmationBlock(deal: Pick<Deal, 'needsApproval' | 'approvedAt'>): string | undefined {
  return deal.needsApproval && deal.approvedAt === undefined ? 'a price under the floor needs office approval before the deal is confirmed' : undefined;
}

/** Whether the deal waits for the office to approve its price. */
export function awaitsApproval(deal: Pick<Deal, 'needsApproval' | 'approvedAt' | 'status'>): boolean {
  return deal.status === 'draft' && confirmationBlock(deal) !== undefined;
}

export type DealApproval = { ok: true; patch: Pick<Deal, 'approvedAt'> } | { ok: false; reason: string };

/** The office approves a draft's price under the floor at `at` (ISO, market time); the broker then confirms it. */
export function approveDeal(deal: Pick<Deal, 'needsApproval' | 'approvedAt' | 'status'>, at: string): DealApproval {
  if (!awaitsApproval(deal)) return { ok: false, reason: `only a draft priced under the floor awaits approval (this one is ${deal.status}${deal.approvedAt ? ', approved' : ''})` };
  return { ok: true, patch: { approvedAt: at } };
}

/**
 * Whether this workstation gives the office's approvals: the office's own, or one not paired with
 * a hub (a company working on a single desk). A broker's laptop never does; the hub refuses an
 * approval a broker's device sends all the same.
 */
export function approvesPrices(pairing: HubPairing): boolean {
  return !pairing.paired || pairing.account.role === 'office';
}
