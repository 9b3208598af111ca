import type { Book, StoredRecord } from '../../data';

/** Offers still open whose last valid day is before `today`. */
export function staleOffers(offers: readonly StoredRecord<'offers'>[], today: string): StoredRecord<'offers'>[] {
  return offers.filter((offer) => offer.status === 'open' && offer.validUntil < today);
}

/** Marks the given offers expired, all in one transaction. Returns how many. */
export async function expireOffers(book: Book, offers: readonly StoredRecord<'offers'>[]): Promise<number> {
  await book.repository.atomically(['offers'], async () => {
    for (const offer of offers) await book.repository.update('offers', offer.id, { status: 'expired' });
  });
  return offers.length;
}
