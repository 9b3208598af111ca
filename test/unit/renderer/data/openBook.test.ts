import { describe, expect, it } from 'vitest';
import { DeviceIdSchema } from '../../../../shared/sync/device';
import { deleteBook } from '../../../../renderer/src/data';
import { freshIndexedDb, offerDraft, openTestBook } from './testBook';

describe('openBook', () => {
  it('makes a device id once per book and keeps it across openings', async () => {
    const idb = freshIndexedDb();
    const first = await openTestBook(idb);
    expect(DeviceIdSchema.safeParse(first.deviceId).success).toBe(true);
    expect(first.deviceId).not.toContain(':');
    first.close();
    const again = await openTestBook(idb);
    expect(again.deviceId).toBe(first.deviceId);
    again.close();
  });

  it('keeps the demo book apart: its own database, device id and data, never synced, removable', async () => {
    const idb = freshIndexedDb();
    const main = await openTestBook(idb, 'main');
    const demo = await openTestBook(idb, 'demo');
    expect([main.syncs, demo.syncs]).toEqual([true, false]);
    expect(demo.deviceId).not.toBe(main.deviceId);
    expect((await idb.indexedDB.databases()).map((db) => db.name).sort()).toEqual(['steeldesk-demo', 'steeldesk-main']);

    await demo.repository.createMany('offers', [offerDraft(), offerDraft()]);
    await main.repository.create('offers', offerDraft());
    expect(await main.read.query('offers').count()).toBe(1);

    demo.close();
    await deleteBook('demo', idb);
    expect((await idb.indexedDB.databases()).map((db) => db.name)).toEqual(['steeldesk-main']);
    const fresh = await openTestBook(idb, 'demo');
    expect(await fresh.read.query('offers').count()).toBe(0);
    expect(await main.read.query('offers').count()).toBe(1);
    fresh.close();
    main.close();
  });
});
