import type { CustomerInsight, CustomerListRow } from '../../../../shared/customers';
import type { CustomerDirectory, CustomerRecord } from './useCustomerDirectory';

/** A list row: the customer record beside what the engines and the contact log say of it. */
export type CustomerRow = CustomerListRow & { customer: CustomerRecord };

/** One row per customer in name order; a customer the insights have not reached yet counts as peripheral. */
export function customerRows(directory: CustomerDirectory, insights: ReadonlyMap<string, CustomerInsight>): CustomerRow[] {
  return directory.customers.map((customer) => {
    const insight = insights.get(customer.id);
    const row: CustomerRow = {
      customer,
      id: customer.id,
      name: customer.name,
      region: customer.region,
      categories: customer.categories,
      brokerId: customer.brokerId,
      stage: insight?.stage ?? 'peripheral',
      grade: insight?.grade ?? 'standard',
    };
    if (customer.shortName) row.shortName = customer.shortName;
    if (customer.city) row.city = customer.city;
    if (insight?.phase) row.phase = insight.phase;
    if (insight?.lastDealOn) row.lastDealOn = insight.lastDealOn;
    const next = directory.nextFollowUpOf.get(customer.id);
    if (next) row.nextFollowUpOn = next;
    return row;
  });
}
