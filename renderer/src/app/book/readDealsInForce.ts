import { dealsInForce } from '../../../../shared/deals/dealsInForce';
import type { Book, StoredRecord } from '../../data';

/**
 * The book's live deals with their amendments applied (the terms in force), for everything that
 * counts deals: the customer engines and the analytics. Read inside `liveQuery`/`useLiveQuery`, it
 * follows changes to both tables.
 */
export async function readDealsInForce(book: Book): Promise<Array<StoredRecord<'deals'>>> {
  const [deals, amendments] = await Promise.all([book.read.query('deals').toArray(), book.read.query('amendments').toArray()]);
  return dealsInForce(deals, amendments);
}
