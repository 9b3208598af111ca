import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../../shared/sync/hlc';
import type { PullChange } from '../../../../shared/sync/pull';
import { T0, freshIndexedDb, offerDraft, openTestBook, outboxMutations, rawView } from './testBook';

const HUB = { id: 'hub-1', epoch: 0 };
const later = (minutes: number, device = 'other-laptop') => formatHlc({ ms: T0 + minutes * 60_000, counter: 0, deviceId: device });

describe('sync store: pulled pages and pairing', () => {
  it('stores a pulled page as the hub sent it, keeping local values only for fields still in the outbox, with its cursor', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    const offer = await book.repository.create('offers', offerDraft());
    await book.outbox.acknowledge(1);
    const { meta: _meta, ...fields } = offer;
    const stamp = later(60);
    const pulled: PullChange = {
      kind: 'record',
      table: 'offers',
      version: 7,
      record: {
        ...fields,
        brand: null,
        priceFenPerTon: 360_000,
        warehouse: '钢铁世界',
        meta: { stamps: { ...offer.meta.stamps, priceFenPerTon: stamp, warehouse: stamp, brand: stamp }, hlc: stamp, deviceId: 'other-laptop', deleted: 0 },
      },
    };
    // A local change to the price is still waiting to be pushed.
    await book.repository.update('offers', offer.id, { priceFenPerTon: 355_000 });
    const outboxBefore = await outboxMutations(idb);
    await book.sync.applyPage([pulled], 7);

    const stored = await book.read.get('offers', offer.id);
    expect(stored?.priceFenPerTon).toBe(355_000);
    expect(stored?.warehouse).toBe('钢铁世界');
    expect(stored && 'brand' in stored).toBe(false);
    expect(stored?.meta.stamps.warehouse).toBe(stamp);
    expect(stored?.meta.stamps.priceFenPerTon).not.toBe(stamp);
    expect(await book.sync.cursor()).toBe(7);
    expect(await outboxMutations(idb)).toEqual(outboxBefore);

    // The next local edit is stamped after the newest pulled stamp, though this laptop's clock is an hour behind.
    await book.repository.update('offers', offer.id, { warehouse: '乐从' });
    expect((await book.read.get('offers', offer.id))!.meta.stamps.warehouse! > stamp).toBe(true);
    book.close();
  });

  it('deletes the local copy on remove, and keeps tombstones', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    const [gone, deleted] = await book.repository.createMany('offers', [offerDraft(), offerDraft()]);
    await book.outbox.acknowledge(2);
    const { meta, ...fields } = deleted!;
    await book.sync.applyPage(
      [
        { kind: 'remove', table: 'offers', id: gone!.id, version: 3 },
        { kind: 'record', table: 'offers', version: 4, record: { ...fields, meta: { ...meta, deleted: 1, stamps: { ...meta.stamps, 'meta.deleted': later(1) } } } },
      ],
      4,
    );
    const db = await rawView(idb);
    expect(await db.table('offers').get(gone!.id)).toBeUndefined();
    expect((await db.table('offers').get(deleted!.id)).meta.deleted).toBe(1);
    db.close();
    expect(await book.read.get('offers', deleted!.id)).toBeUndefined();
    book.close();
  });

  it('keeps neither the page nor its cursor when the transaction fails before the cursor is saved', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    const offer = await book.repository.create('offers', offerDraft());
    const { meta, ...fields } = offer;
    const change: PullChange = { kind: 'record', table: 'offers', version: 9, record: { ...fields, availableKg: 1, meta } };
    await book.outbox.acknowledge(1);
    await expect(book.sync.applyPage([change], 9, { beforeCursorSaved: () => { throw new Error('crash'); } })).rejects.toThrow('crash');
    expect((await book.read.get('offers', offer.id))?.availableKg).toBe(offer.availableKg);
    expect(await book.sync.cursor()).toBe(0);
    book.close();
  });

  it('renumbers the waiting outbox from the hub’s nextSeq when paired, and the numbering carries on from there', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    await book.repository.createMany('offers', [offerDraft(), offerDraft()]);
    await book.sync.pair({ hub: HUB, account: { role: 'broker', brokerId: 'zhang' }, nextSeq: 41 });
    await book.repository.create('offers', offerDraft());
    expect((await outboxMutations(idb)).map((m) => m.seq)).toEqual([41, 42, 43]);
    expect(await book.sync.link()).toEqual({ hub: HUB, account: { role: 'broker', brokerId: 'zhang' } });
    await book.sync.unpair();
    expect(await book.sync.link()).toBeUndefined();
    book.close();
  });

  it('keeps the cursor when paired again with the same hub, and starts over with another', async () => {
    const book = await openTestBook(freshIndexedDb());
    const account = { role: 'office' as const };
    await book.sync.pair({ hub: HUB, account, nextSeq: 1 });
    await book.sync.applyPage([], 5);
    await book.sync.pair({ hub: HUB, account, nextSeq: 1 });
    expect(await book.sync.cursor()).toBe(5);
    await book.sync.pair({ hub: { id: 'hub-2', epoch: 0 }, account, nextSeq: 1 });
    expect(await book.sync.cursor()).toBe(0);
    expect(await book.sync.startFullPullIfDue()).toBe(true);
    book.close();
  });

  it('a full pull forgets local records without unpushed changes, in one step with the cursor reset', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    const [synced] = await book.repository.createMany('offers', [offerDraft()]);
    await book.outbox.acknowledge(1);
    const unpushed = await book.repository.create('offers', offerDraft());
    await book.sync.applyPage([], 12);
    expect(await book.sync.startFullPullIfDue()).toBe(false);
    await book.sync.requireFullPull();
    expect(await book.sync.startFullPullIfDue()).toBe(true);
    expect(await book.read.get('offers', synced!.id)).toBeUndefined();
    expect(await book.read.get('offers', unpushed.id)).toBeDefined();
    expect(await book.sync.cursor()).toBe(0);
    expect(await book.sync.startFullPullIfDue()).toBe(false);
    book.close();
  });
});
