import { describe, expect, it } from 'vitest';
import { ContactLogSchema, CustomerSchema } from '../../../../shared/model/customer';
import { DealSchema } from '../../../../shared/model/deal';
import { CONTACT_LOGS, CUSTOMERS, DEALS } from '../../../fixtures/analytics/smallBook';

// The hand-computed fixture is only worth its numbers if its records are records the app can hold.
describe('the small analytics book', () => {
  it('holds only records that pass the model schemas', () => {
    for (const customer of CUSTOMERS) expect(CustomerSchema.safeParse(customer).error).toBeUndefined();
    for (const deal of DEALS) expect(DealSchema.safeParse(deal).error).toBeUndefined();
    for (const log of CONTACT_LOGS) expect(ContactLogSchema.safeParse(log).error).toBeUndefined();
  });
});
