import { describe, expect, it } from 'vitest';
import { WriteRefusedError } from '../../../../renderer/src/data';
import { freshIndexedDb, offerDraft, openTestBook, outboxMutations, rawView } from './testBook';

// Features never get the Dexie database; this proves that even code holding it cannot write past
// the repository.
describe('write guard', () => {
  it('refuses direct writes to data tables, the outbox and the sync state', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    const stored = await book.repository.create('offers', offerDraft());
    const db = await rawView(idb);

    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['offers.put', () => db.dataTable('offers').put({ ...stored, priceFenPerTon: 1 })],
      ['offers.bulkAdd', () => db.dataTable('offers').bulkAdd([{ ...stored, id: '01937a3c-1d2e-7f00-8a00-0000000000b1' }])],
      ['offers modify', () => db.dataTable('offers').toCollection().modify({ priceFenPerTon: 1 })],
      ['offers delete', () => db.dataTable('offers').delete(stored.id)],
      ['deals.clear', () => db.dataTable('deals').clear()],
      ['outbox.clear', () => db.outbox.clear()],
      ['syncState.put', () => db.syncState.put({ key: 'writeHead', value: { nextSeq: 1 } })],
      ['rw transaction', () => db.transaction('rw', db.dataTable('offers'), () => db.dataTable('offers').delete(stored.id))],
    ];
    for (const [name, attempt] of attempts) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(WriteRefusedError);
    }
    expect(String(await db.outbox.clear().catch((e: unknown) => e))).toContain('outbox: writes go through the repository');

    expect(await book.read.query('offers').toArray()).toEqual([stored]);
    expect(await outboxMutations(idb)).toHaveLength(1);
    db.close();
    book.close();
  });

  it('lets the settings cache be written freely', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    await book.settingsCache.set('language', 'en');
    expect(await book.settingsCache.get('language')).toBe('en');
    await book.settingsCache.delete('language');
    expect(await book.settingsCache.get('language')).toBeUndefined();
    book.close();
  });
});
