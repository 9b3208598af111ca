import type { Deal } from '../model/deal';
import { confirmationBlock } from './dealApproval';
import { AGREED_FIELDS } from './dealAmendment';
import { disputeChangeRefusal, disputeStatusRefusal } from './dealDispute';
import { canMoveDeal, isEditableInPlace, STATUS_TIMESTAMP } from './dealStatus';

/**
 * The store's rules for the deals table, as pure functions returning a refusal (English, for the
 * error log and the broker) or undefined. renderer/src/data/writeRules.ts plugs them in.
 */

/**
 * A new deal is between two customers, and past draft (confirmed in one step at the desk, or an
 * older deal loaded into the book) must not be one whose price still awaits office approval.
 */
export function dealCreateRefusal(next: Deal): string | undefined {
  if (next.buyerId === next.sellerId) return `a deal is between two customers: ${next.buyerId} cannot buy from itself`;
  if (next.dispute) {
    const refusal = disputeStatusRefusal(next.status);
    if (refusal) return refusal;
  }
  return next.status === 'draft' || next.status === 'cancelled' ? undefined : confirmationBlock(next);
}

/**
 * Fields that still move once a deal is confirmed: the status ladder, the print log and the credit
 * record (payment, dispute), none of them part of what was agreed.
 */
const AFTER_CONFIRMATION: ReadonlySet<string> = new Set(['status', 'paidOnTime', 'dispute', 'printCount', ...Object.values(STATUS_TIMESTAMP)]);
const AGREED: ReadonlySet<string> = new Set(AGREED_FIELDS);

/**
 * An update may move the status one allowed step (confirming only once approved), record or
 * resolve a dispute on an agreed deal (shared/deals/dealDispute), and may edit the terms of a draft. A confirmed deal's terms are never edited in place: a change is an amendment.
 * The number never changes.
 */
export function dealUpdateRefusal(current: Deal, next: Deal, changedFields: readonly string[]): string | undefined {
  if (changedFields.includes('number')) return 'a deal keeps its number for life';
  if (current.status !== next.status) {
    if (!canMoveDeal(current.status, next.status)) return `a ${current.status} deal cannot become ${next.status}`;
    if (next.status === 'confirmed') {
      const block = confirmationBlock(next);
      if (block) return block;
    }
  }
  // Checked before the draft's free hand: a dispute needs an agreed deal whatever else may be edited.
  if (changedFields.includes('dispute')) {
    const refusal = disputeChangeRefusal(current, next);
    if (refusal) return refusal;
  }
  if (isEditableInPlace(current.status)) return undefined;
  const agreed = changedFields.filter((field) => AGREED.has(field));
  if (agreed.length > 0) return `a ${current.status} deal is never edited in place (${agreed.join(', ')}): record an amendment the customer agreed to`;
  const other = changedFields.filter((field) => !AFTER_CONFIRMATION.has(field));
  if (other.length > 0) return `a ${current.status} deal is never edited in place (${other.join(', ')})`;
  return undefined;
}

/** Only a draft may be deleted; a confirmed deal is cancelled instead, so its number stays accounted for. */
export function dealRemoveRefusal(current: Deal): string | undefined {
  return current.status === 'draft' ? undefined : `a ${current.status} deal is not deleted: cancel it instead`;
}
