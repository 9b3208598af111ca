import type { TableName } from '../../../shared/model/tables';
import { COMPANY_WIDE_TABLES, ownershipOf } from '../../../shared/sync/scope';
import type { RecordCache } from './recordCache';

export interface Owners {
  /** Customers the record hangs off, directly or through its deal. */
  owners: string[];
  parentDeal: string | null;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort();

/** What the record with these fields hangs off, reading its deal from the cache. */
export function ownersOf(cache: RecordCache, table: TableName, fields: Record<string, unknown>): Owners {
  const { customerIds, dealId } = ownershipOf(table, fields);
  const deal = dealId ? cache.get({ table: 'deals', id: dealId }) : undefined;
  const dealCustomers = deal ? ownershipOf('deals', deal.state.fields).customerIds : [];
  return { owners: unique([...customerIds, ...dealCustomers]), parentDeal: dealId ?? null };
}

/**
 * The brokers who may see the record: null for company-wide tables, else the brokers of the
 * customers it hangs off (a customer unknown to the hub adds nobody; the office sees it anyway).
 */
export function scopeOf(cache: RecordCache, table: TableName, fields: Record<string, unknown>, owners: readonly string[]): string[] | null {
  if (COMPANY_WIDE_TABLES.has(table)) return null;
  const brokerOf = (customerId: string): unknown =>
    table === 'customers' && customerId === fields.id ? fields.brokerId : cache.get({ table: 'customers', id: customerId })?.state.fields.brokerId;
  return unique(owners.map(brokerOf).filter((broker): broker is string => typeof broker === 'string'));
}

export const inScope = (scope: readonly string[] | null, brokerId: string): boolean => scope === null || scope.includes(brokerId);

export const sameList = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((value, i) => value === b[i]));
