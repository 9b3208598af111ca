import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HybridClock } from '../../../../shared/sync/hlc';
import { WriteRefusedError, type Book } from '../../../../renderer/src/data';
import type { BookDatabase } from '../../../../renderer/src/data/bookDatabase';
import { Repository } from '../../../../renderer/src/data/repository';
import type { WriteRuleBook } from '../../../../renderer/src/data/writeRules';
import { dealDraft, freshIndexedDb, openTestBook, outboxMutations, rawView, T0, type IndexedDb } from './testBook';

// The extension point the deals feature uses: per-table rules consulted on every write.
const dealRules: WriteRuleBook = {
  deals: {
    create: (next) => (next.status === 'confirmed' && !next.confirmedAt ? 'a confirmed deal needs confirmedAt' : undefined),
    update: (current, _next, changed) =>
      current.status === 'confirmed' && changed.some((field) => field !== 'printCount')
        ? 'a confirmed deal is never edited in place: record an amendment'
        : undefined,
    remove: (current) => (current.status === 'confirmed' ? 'a confirmed deal is cancelled, not deleted' : undefined),
  },
};

describe('table write rules', () => {
  let idb: IndexedDb;
  let book: Book;
  let db: BookDatabase;
  let repository: Repository;
  beforeEach(async () => {
    idb = freshIndexedDb();
    book = await openTestBook(idb);
    db = await rawView(idb);
    repository = new Repository(db, new HybridClock(book.deviceId, () => T0), dealRules);
  });
  afterEach(() => {
    db.close();
    book.close();
  });

  it('a create rule refuses the row it objects to and nothing of the call is written', async () => {
    const drafts = [dealDraft({ number: 'ZH-1' }), dealDraft({ number: 'ZH-2', status: 'confirmed' })];
    await expect(repository.createMany('deals', drafts)).rejects.toThrow(new WriteRefusedError('deals', 1, 'a confirmed deal needs confirmedAt'));
    expect(await book.read.query('deals').count()).toBe(0);
    expect(await outboxMutations(idb)).toEqual([]);
  });

  it('update and remove rules see the stored record and the change; a refusal writes nothing', async () => {
    const deal = await repository.create('deals', dealDraft({ status: 'confirmed', confirmedAt: '2026-11-23T11:00:00+08:00' }));

    await expect(repository.update('deals', deal.id, { tolerancePerMille: 5 })).rejects.toThrow(
      `deals(id ${deal.id}): a confirmed deal is never edited in place: record an amendment`,
    );
    await expect(repository.remove('deals', deal.id)).rejects.toThrow(`deals(id ${deal.id}): a confirmed deal is cancelled, not deleted`);
    expect(await book.read.get('deals', deal.id)).toEqual(deal);

    const printed = await repository.update('deals', deal.id, { printCount: 1 });
    expect(printed.printCount).toBe(1);
    expect((await outboxMutations(idb)).map((mutation) => mutation.seq)).toEqual([1, 2]);
  });
});
