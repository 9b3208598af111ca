import type { Deal } from '../model/deal';

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
