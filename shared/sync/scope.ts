import type { TableName } from '../model/tables';

/**
 * Which records a broker may see (DESIGN.md, Access). The office sees everything. A broker sees the
 * company-wide tables and every record that hangs off a customer assigned to them
 * (`customers.brokerId`): the customer itself, its contacts, contact logs, requests and quotes,
 * deals where it is the buyer or the seller, and the amendments and ratings of those deals.
 * Reassigning a customer therefore moves all of these with it.
 */
export const COMPANY_WIDE_TABLES: ReadonlySet<TableName> = new Set<TableName>(['brokers', 'offers']);

/** The customers a record hangs off directly, and the deal whose customers it also hangs off. */
export interface Ownership {
  customerIds: string[];
  dealId?: string;
}

const text = (fields: Record<string, unknown>, key: string): string[] => {
  const value = fields[key];
  return typeof value === 'string' && value.length > 0 ? [value] : [];
};

const OWNERSHIP: Record<TableName, (fields: Record<string, unknown>) => Ownership> = {
  brokers: () => ({ customerIds: [] }),
  offers: () => ({ customerIds: [] }),
  customers: (f) => ({ customerIds: text(f, 'id') }),
  contacts: (f) => ({ customerIds: text(f, 'customerId') }),
  contactLogs: (f) => ({ customerIds: text(f, 'customerId') }),
  quotes: (f) => ({ customerIds: text(f, 'customerId') }),
  requests: (f) => ({ customerIds: text(f, 'buyerId') }),
  deals: (f) => ({ customerIds: [...text(f, 'buyerId'), ...text(f, 'sellerId')] }),
  amendments: (f) => ({ customerIds: [], dealId: text(f, 'dealId')[0] }),
  ratings: (f) => ({ customerIds: text(f, 'customerId'), dealId: text(f, 'dealId')[0] }),
};

/** What the record with these fields hangs off (nothing for company-wide tables). */
export function ownershipOf(table: TableName, fields: Record<string, unknown>): Ownership {
  return OWNERSHIP[table](fields);
}
