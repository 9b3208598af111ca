import { diffTerms, type AgreedTerms } from '../../../../shared/deals/dealAmendment';
import type { Amendment } from '../../../../shared/model';
import { WriteRefusedError, type Book, type StoredRecord } from '../../data';

/** Who agreed to a change, how and why (what the amendment records besides the change). */
export type Agreement = Pick<Amendment, 'reason' | 'agreedBy' | 'agreedVia' | 'agreedAt' | 'brokerId'>;

/**
 * Records a change to a confirmed deal as an amendment: what changed, from the terms in force to
 * the edited ones, and who agreed. The deal record keeps what was confirmed. Refuses a change
 * that changes nothing.
 */
export async function recordAmendment(book: Book, deal: StoredRecord<'deals'>, inForce: AgreedTerms, edited: AgreedTerms, agreement: Agreement): Promise<StoredRecord<'amendments'>> {
  const changes = diffTerms(inForce, edited);
  if (changes.length === 0) throw new WriteRefusedError('amendments', undefined, 'nothing was changed');
  return book.repository.create('amendments', { dealId: deal.id, changes, ...agreement });
}
