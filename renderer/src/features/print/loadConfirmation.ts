import type { Book } from '../../data';
import { confirmationDocument, type ConfirmationDocument } from '../../../../shared/print/confirmationDocument';

/** Why a confirmation cannot be made from the book: which record is missing. */
export type MissingRecord = { missing: 'deal'; id: string } | { missing: 'buyer' | 'seller'; id: string };

/**
 * Reads a deal, its buyer and seller with their contacts, and its broker from the book, and
 * makes the confirmation. The print page does this itself (same origin, same IndexedDB as the
 * main window), so only the deal's id crosses the IPC boundary and the print window.
 */
export async function loadConfirmation(book: Book, dealId: string, copy: boolean): Promise<ConfirmationDocument | MissingRecord> {
  const deal = await book.read.get('deals', dealId);
  if (deal === undefined) return { missing: 'deal', id: dealId };
  const [buyer, seller] = await book.read.getMany('customers', [deal.buyerId, deal.sellerId]);
  if (buyer === undefined) return { missing: 'buyer', id: deal.buyerId };
  if (seller === undefined) return { missing: 'seller', id: deal.sellerId };
  const [contacts, broker] = await Promise.all([
    book.read.query('contacts', (table) => table.where('customerId').anyOf([deal.buyerId, deal.sellerId])).toArray(),
    book.read.get('brokers', deal.brokerId),
  ]);
  return confirmationDocument({ deal, buyer, seller, contacts, ...(broker ? { broker } : {}), copy });
}
