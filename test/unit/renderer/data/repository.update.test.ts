import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreValidationError, WriteRefusedError, type Book } from '../../../../renderer/src/data';
import { freshIndexedDb, offerDraft, openTestBook, outboxMutations, type IndexedDb } from './testBook';

describe('repository.update', () => {
  let idb: IndexedDb;
  let book: Book;
  beforeEach(async () => {
    idb = freshIndexedDb();
    book = await openTestBook(idb);
  });
  afterEach(() => book.close());

  it('stamps only the fields whose value changes and sends only them', async () => {
    const created = await book.repository.create('offers', offerDraft());
    const updated = await book.repository.update('offers', created.id, {
      priceFenPerTon: 349_000,
      availableKg: created.availableKg, // same value: not a change
      spec: { text: 'Φ20*9m', dims: [20, 9000] }, // equal by value: not a change
    });

    expect(updated.priceFenPerTon).toBe(349_000);
    expect(updated.meta.hlc > created.meta.hlc).toBe(true);
    const changedStamps = Object.entries(updated.meta.stamps).filter(([, stamp]) => stamp !== created.meta.hlc);
    expect(changedStamps).toEqual([['priceFenPerTon', updated.meta.hlc]]);
    expect(await book.read.get('offers', created.id)).toEqual(updated);

    const [, mutation] = await outboxMutations(idb);
    expect(mutation).toEqual({
      seq: 2,
      table: 'offers',
      id: created.id,
      op: 'put',
      patch: { priceFenPerTon: 349_000 },
      stamps: { priceFenPerTon: updated.meta.hlc },
      hlc: updated.meta.hlc,
      deviceId: book.deviceId,
      // The stamp of the value replaced: the hub sees an informed edit, not a concurrent one.
      base: { priceFenPerTon: created.meta.hlc },
    });
  });

  it('clears an optional field given as undefined; the mutation carries null', async () => {
    const created = await book.repository.create('offers', offerDraft({ brand: '沙钢' }));
    const updated = await book.repository.update('offers', created.id, { brand: undefined });
    expect('brand' in updated).toBe(false);
    expect(updated.meta.stamps.brand).toBe(updated.meta.hlc);
    expect((await outboxMutations(idb))[1]!.patch).toEqual({ brand: null });
  });

  it('writes nothing when the patch changes nothing', async () => {
    const created = await book.repository.create('offers', offerDraft());
    const same = await book.repository.update('offers', created.id, { grade: created.grade });
    expect(same).toEqual(created);
    expect(await outboxMutations(idb)).toHaveLength(1);
  });

  it('refuses a patch that makes the record invalid, naming the record and field; nothing changes', async () => {
    const created = await book.repository.create('offers', offerDraft());
    const error = await book.repository.update('offers', created.id, { availableKg: 10.5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreValidationError);
    expect((error as Error).message).toBe(`offers(id ${created.id}).availableKg: weight must be whole kilograms`);
    expect(await book.read.get('offers', created.id)).toEqual(created);
    expect(await outboxMutations(idb)).toHaveLength(1);
  });

  it('cannot change the id or smuggle meta', async () => {
    const created = await book.repository.create('offers', offerDraft());
    const other = '01937a3c-1d2e-7f00-8a00-0000000000ff';
    const updated = await book.repository.update('offers', created.id, { id: other } as never);
    expect(updated).toEqual(created);
    await expect(book.repository.update('offers', created.id, { meta: { deleted: 1 } } as never)).rejects.toThrow(
      `offers(id ${created.id}).meta: unknown field`,
    );
  });

  it('refuses an unknown id', async () => {
    const missing = '01937a3c-1d2e-7f00-8a00-00000000dead';
    await expect(book.repository.update('offers', missing, { status: 'closed' })).rejects.toThrow(
      new WriteRefusedError('offers', `id ${missing}`, 'no such record (unknown id or deleted)'),
    );
    expect(await outboxMutations(idb)).toEqual([]);
  });
});
