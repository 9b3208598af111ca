import type { DealDraft } from '../../../../shared/deals/dealsFromFills';
import { filledKgByRequestLine } from '../../../../shared/deals/filledByRequestLine';
import { WriteRefusedError, type Book, type StoredRecord } from '../../data';

export interface CreateDealsOptions {
  /** The broker's deal-number prefix (settings). */
  prefix: string;
  /** Confirm at this instant every deal whose price needs no approval; the others stay drafts. */
  confirmAt?: string;
}

/**
 * Writes deals made at the desk in ONE transaction: each gets its confirmation number from the
 * device's sequence inside that transaction, the offers they draw on lose the kg taken (closed
 * when nothing is left), and a request whose lines are all filled is marked filled. If anything
 * fails — an offer sold meanwhile, a refused write — nothing is written and no number is used.
 */
export function createDeals(book: Book, drafts: readonly DealDraft[], options: CreateDealsOptions): Promise<StoredRecord<'deals'>[]> {
  return book.repository.atomically(['deals', 'offers', 'requests'], async () => {
    const made: StoredRecord<'deals'>[] = [];
    for (const draft of drafts) {
      const number = await book.dealNumbers.next(options.prefix, draft.dealOn);
      const confirm = options.confirmAt !== undefined && !draft.needsApproval;
      const deal = await book.repository.create('deals', { ...draft, number, ...(confirm && { status: 'confirmed' as const, confirmedAt: options.confirmAt }) });
      made.push(deal);
      for (const line of draft.lines) if (line.offerId !== undefined) await drawOnOffer(book, line.offerId, line.weightKg);
    }
    for (const requestId of new Set(drafts.flatMap((draft) => (draft.requestId === undefined ? [] : [draft.requestId])))) {
      await markFilledIfDone(book, requestId);
    }
    return made;
  });
}

async function drawOnOffer(book: Book, offerId: string, kg: number): Promise<void> {
  const offer = await book.read.get('offers', offerId);
  if (!offer || offer.status !== 'open') throw new WriteRefusedError('offers', `id ${offerId}`, 'the offer is no longer open');
  const left = offer.availableKg - kg;
  if (left < 0) throw new WriteRefusedError('offers', `id ${offerId}`, `only ${offer.availableKg} kg left, ${kg} kg taken`);
  await book.repository.update('offers', offerId, { availableKg: left, ...(left === 0 && { status: 'closed' as const }) });
}

async function markFilledIfDone(book: Book, requestId: string): Promise<void> {
  const request = await book.read.get('requests', requestId);
  if (!request || request.status !== 'open') return;
  const deals = await book.read.query('deals', (t) => t.where('buyerId').equals(request.buyerId)).toArray();
  const filled = filledKgByRequestLine(deals);
  if (request.lines.every((line) => (filled.get(line.lineId) ?? 0) >= line.weightKg)) await book.repository.update('requests', requestId, { status: 'filled' });
}
