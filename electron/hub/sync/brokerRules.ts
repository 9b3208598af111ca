import type { TableName } from '../../../shared/model/tables';
import { inScope } from './recordScope';

/**
 * What a broker's device may write (the office may write anything valid). Each function returns
 * the reason for refusing, or undefined.
 */

/** Before merging: the table, the record as it is now, and any reassignment in the patch. */
export function refuseBeforeMerge(
  brokerId: string,
  table: TableName,
  id: string,
  currentScope: readonly string[] | null | undefined,
  patch: Record<string, unknown>,
): string | undefined {
  if (table === 'brokers') return 'broker accounts are managed by the office';
  if (currentScope !== undefined && !inScope(currentScope, brokerId)) {
    return table === 'customers' ? `customer ${id} is assigned to another broker` : `${table} ${id} belongs to another broker's customer`;
  }
  // A price under the floor is the office's to approve (报价审批); a broker may only clear an approval when repricing.
  if (table === 'deals' && patch.approvedAt != null) return 'only the office approves a price under the floor (approvedAt)';
  if ('brokerId' in patch && patch.brokerId !== brokerId) {
    return `only the office assigns records to another broker (brokerId "${String(patch.brokerId)}")`;
  }
  return undefined;
}

/** After merging: the record must still be the broker's to see. */
export function refuseAfterMerge(brokerId: string, table: TableName, id: string, scope: readonly string[] | null): string | undefined {
  if (inScope(scope, brokerId)) return undefined;
  return table === 'customers'
    ? `customer ${id} must be assigned to you`
    : `${table} ${id} must hang off one of your customers (unknown to the hub or assigned to another broker)`;
}
