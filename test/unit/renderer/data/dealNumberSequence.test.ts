import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceTag, parseDealNumber } from '../../../../shared/deals';
import { WriteRefusedError, type Book } from '../../../../renderer/src/data';
import { dealDraft, freshIndexedDb, openTestBook, type IndexedDb } from './testBook';

/** Creates a deal numbered inside its own write transaction, as the deals feature does. */
function createNumberedDeal(book: Book, date: string) {
  return book.repository.atomically(['deals'], async () => {
    const number = await book.dealNumbers.next('ZL', date);
    return book.repository.create('deals', dealDraft({ number, dealOn: date }));
  });
}

describe('deal number sequence', () => {
  let idb: IndexedDb;
  let books: Book[];
  beforeEach(() => {
    idb = freshIndexedDb();
    books = [];
  });
  afterEach(() => books.forEach((book) => book.close()));

  async function open(): Promise<Book> {
    const book = await openTestBook(idb);
    books.push(book);
    return book;
  }

  it('counts 1, 2, 3 per day with this device tag, and starts again the next day', async () => {
    const book = await open();
    const numbers: string[] = [];
    for (const date of ['2026-11-23', '2026-11-23', '2026-11-23', '2026-11-24']) numbers.push((await createNumberedDeal(book, date)).number);
    const tag = deviceTag(book.deviceId);
    expect(numbers).toEqual([`ZL-20261123-${tag}-001`, `ZL-20261123-${tag}-002`, `ZL-20261123-${tag}-003`, `ZL-20261124-${tag}-001`]);
  });

  it('two windows (two Book instances on one database) numbering at once never collide', async () => {
    const [left, right] = [await open(), await open()];
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createNumberedDeal(i % 2 === 0 ? left : right, '2026-11-23')),
    );
    const seqs = made.map((deal) => parseDealNumber(deal.number)!.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await left.read.query('deals').count()).toBe(20);
  });

  it('a deal write that fails takes its number back', async () => {
    const book = await open();
    await expect(
      book.repository.atomically(['deals'], async () => {
        const number = await book.dealNumbers.next('ZL', '2026-11-23');
        await book.repository.create('deals', dealDraft({ number, status: 'confirmed', needsApproval: true }));
      }),
    ).rejects.toThrow(WriteRefusedError);
    expect(parseDealNumber((await createNumberedDeal(book, '2026-11-23')).number)!.seq).toBe(1);
  });

  it('refuses to hand out a number outside a transaction that writes deals', async () => {
    const book = await open();
    await expect(book.dealNumbers.next('ZL', '2026-11-23')).rejects.toThrow(/inside repository.atomically/);
    await expect(book.repository.atomically(['offers'], () => book.dealNumbers.next('ZL', '2026-11-23'))).rejects.toThrow(/inside repository.atomically/);
  });
});
