import { disputedCustomer } from '../../../../../shared/deals/dealDispute';
import type { DealDispute } from '../../../../../shared/model';
import type { StoredRecord } from '../../../data';

/** The disputes a customer's credit record shows: how many are open and resolved, and the latest. */
export interface DisputeRecord {
  open: number;
  resolved: number;
  latest: DealDispute | undefined;
}

/**
 * The disputes with `customerId`'s side among its deals (a dispute with the other party of one of
 * its deals is not on its record). The latest is the one raised last.
 */
export function disputeRecordOf(customerId: string, customerDeals: ReadonlyArray<StoredRecord<'deals'>>): DisputeRecord {
  const record: DisputeRecord = { open: 0, resolved: 0, latest: undefined };
  for (const deal of customerDeals) {
    const dispute = deal.dispute;
    if (!dispute || disputedCustomer(deal, dispute.party) !== customerId) continue;
    if (dispute.resolvedOn === undefined) record.open++;
    else record.resolved++;
    if (!record.latest || dispute.raisedOn > record.latest.raisedOn) record.latest = dispute;
  }
  return record;
}
