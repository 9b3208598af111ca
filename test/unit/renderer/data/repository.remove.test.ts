import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DELETED_FIELD } from '../../../../shared/sync/mutation';
import { WriteRefusedError, type Book } from '../../../../renderer/src/data';
import { contactLogDraft, freshIndexedDb, offerDraft, openTestBook, outboxMutations, rawView, type IndexedDb } from './testBook';

describe('repository.remove (tombstones)', () => {
  let idb: IndexedDb;
  let book: Book;
  beforeEach(async () => {
    idb = freshIndexedDb();
    book = await openTestBook(idb);
  });
  afterEach(() => book.close());

  it('hides the record from every read but keeps it, fields intact, with a delete mutation', async () => {
    const [kept, removed] = await book.repository.createMany('offers', [offerDraft(), offerDraft()]);
    await book.repository.remove('offers', removed!.id);

    expect(await book.read.get('offers', removed!.id)).toBeUndefined();
    expect(await book.read.getMany('offers', [removed!.id, kept!.id])).toEqual([undefined, kept]);
    expect(await book.read.query('offers').toArray()).toEqual([kept]);
    expect(await book.read.query('offers', (t) => t.where('sellerId').equals(kept!.sellerId)).count()).toBe(1);

    const db = await rawView(idb);
    const tombstone = await db.dataTable('offers').get(removed!.id);
    db.close();
    const { meta, ...fields } = tombstone!;
    const { meta: before, ...fieldsBefore } = removed!;
    expect(fields).toEqual(fieldsBefore);
    expect(meta.deleted).toBe(1);
    expect(meta.stamps).toEqual({ ...before.stamps, [DELETED_FIELD]: meta.hlc });

    expect((await outboxMutations(idb)).at(-1)).toEqual({
      seq: 3,
      table: 'offers',
      id: removed!.id,
      op: 'delete',
      patch: {},
      stamps: { [DELETED_FIELD]: meta.hlc },
      hlc: meta.hlc,
      deviceId: book.deviceId,
    });
  });

  it('refuses to remove or update a deleted record', async () => {
    const offer = await book.repository.create('offers', offerDraft());
    await book.repository.remove('offers', offer.id);
    await expect(book.repository.remove('offers', offer.id)).rejects.toBeInstanceOf(WriteRefusedError);
    await expect(book.repository.update('offers', offer.id, { status: 'closed' })).rejects.toThrow(/no such record/);
    expect(await outboxMutations(idb)).toHaveLength(2);
  });

  it('append-only tables take new records but refuse update and remove', async () => {
    const log = await book.repository.create('contactLogs', contactLogDraft());
    await expect(book.repository.update('contactLogs', log.id, { summary: '改口' })).rejects.toThrow(
      `contactLogs(id ${log.id}): contactLogs is append-only: a record is never updated, add a new one instead`,
    );
    await expect(book.repository.remove('contactLogs', log.id)).rejects.toThrow(/append-only: a record is never removed/);
    expect(await book.read.get('contactLogs', log.id)).toEqual(log);
    expect(await outboxMutations(idb)).toHaveLength(1);
  });
});
