import { moveDeal, type SettlementFacts } from '../../../../shared/deals/moveDeal';
import type { DealStatus } from '../../../../shared/model';
import { WriteRefusedError, type Book, type StoredRecord } from '../../data';

/**
 * Moves a deal one step on its status ladder at `at` (shared/deals rules). Cancelling also gives
 * the kg back to the offers it drew on and reopens its request, in the same transaction.
 */
export async function moveDealStatus(book: Book, deal: StoredRecord<'deals'>, to: DealStatus, at: string, settlement?: SettlementFacts): Promise<void> {
  const move = moveDeal(deal, to, at, settlement);
  if (!move.ok) throw new WriteRefusedError('deals', `id ${deal.id}`, move.reason);
  if (to !== 'cancelled') {
    await book.repository.update('deals', deal.id, move.patch);
    return;
  }
  await book.repository.atomically(['deals', 'offers', 'requests'], async () => {
    await book.repository.update('deals', deal.id, move.patch);
    for (const line of deal.lines) {
      const offer = line.offerId === undefined ? undefined : await book.read.get('offers', line.offerId);
      if (offer && offer.status !== 'expired') await book.repository.update('offers', offer.id, { availableKg: offer.availableKg + line.weightKg, status: 'open' });
    }
    const request = deal.requestId === undefined ? undefined : await book.read.get('requests', deal.requestId);
    if (request?.status === 'filled') await book.repository.update('requests', request.id, { status: 'open' });
  });
}
