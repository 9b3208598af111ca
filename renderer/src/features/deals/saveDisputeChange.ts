import type { DisputeChange } from '../../../../shared/deals/dealDispute';
import { WriteRefusedError, type Book, type StoredRecord } from '../../data';

/** Writes a dispute raised or resolved (shared/deals/dealDispute), or throws why it cannot be. */
export async function saveDisputeChange(book: Book, deal: StoredRecord<'deals'>, change: DisputeChange): Promise<void> {
  if (!change.ok) throw new WriteRefusedError('deals', `id ${deal.id}`, change.reason);
  await book.repository.update('deals', deal.id, change.patch);
}
