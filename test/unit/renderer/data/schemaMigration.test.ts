import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../shared/ids/uuidv7';
import type { Mutation } from '../../../../shared/sync/mutation';
import { bookDatabaseName } from '../../../../renderer/src/data';
import { OUTBOX_BATCH_SIZE, toOutboxBatches } from '../../../../renderer/src/data/outboxBatches';
import { CURRENT_SCHEMA_VERSION, declareSchema } from '../../../../renderer/src/data/schemaHistory';
import { freshIndexedDb, offerDraft, openTestBook, outboxMutations, rawView, type IndexedDb } from './testBook';

const DEVICE = '01937a3c-1d2e-7f00-8a00-00000000d001';
const HLC = '1763890000000:00000:' + DEVICE;

function mutation(seq: number, id: string): Mutation {
  return { seq, table: 'offers', id, op: 'put', patch: { status: 'closed' }, stamps: { status: HLC }, hlc: HLC, deviceId: DEVICE };
}

/** A database as version 1 of the app left it. */
async function seedVersion1(idb: IndexedDb, offers: number, pendingSeqs: readonly number[]) {
  const v1 = new Dexie(bookDatabaseName('main'), idb);
  declareSchema(v1, 1);
  const records = Array.from({ length: offers }, (_, i) => ({
    ...offerDraft({ grade: i % 2 ? 'HRB400E' : 'HRB500E' }),
    id: uuidv7(),
    meta: { stamps: { grade: HLC }, hlc: HLC, deviceId: DEVICE, deleted: 0 as const },
  }));
  await v1.table('offers').bulkAdd(records);
  const mutations = pendingSeqs.map((seq, i) => mutation(seq, records[i % offers]!.id));
  await v1.table('mutations').bulkAdd(mutations);
  const lastSeq = pendingSeqs.at(-1) ?? 0;
  await v1.table('syncState').bulkAdd([
    { key: 'deviceId', value: DEVICE },
    { key: 'writeHead', value: { nextSeq: lastSeq + 1, lastHlc: HLC } },
  ]);
  expect(v1.verno).toBe(1);
  v1.close();
  return { records, mutations };
}

describe('schema migration v1 → v2', () => {
  it('moves the pending mutations into outbox batches keeping their numbers; records, device and numbering carry on', async () => {
    const idb = freshIndexedDb();
    // Mutations 1..3 were pushed and forgotten under v1; 4.. wait to be pushed.
    const pending = Array.from({ length: OUTBOX_BATCH_SIZE * 2 + 3 }, (_, i) => i + 4);
    const { records, mutations } = await seedVersion1(idb, 6, pending);

    const book = await openTestBook(idb);
    expect(book.deviceId).toBe(DEVICE);

    const raw = await rawView(idb);
    expect(raw.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(raw.tables.map((table) => table.name)).not.toContain('mutations');
    const rows = await raw.outbox.toArray();
    raw.close();
    expect(rows.map((row) => [row.firstSeq, row.lastSeq])).toEqual([
      [4, OUTBOX_BATCH_SIZE + 3],
      [OUTBOX_BATCH_SIZE + 4, 2 * OUTBOX_BATCH_SIZE + 3],
      [2 * OUTBOX_BATCH_SIZE + 4, 2 * OUTBOX_BATCH_SIZE + 6],
    ]);
    expect(rows.flatMap((row) => row.mutations)).toEqual(mutations);

    // Records are kept and the new [category+grade] index finds them.
    const hrb400e = await book.read.query('offers', (t) => t.where('[category+grade]').equals(['rebar', 'HRB400E'])).toArray();
    expect(hrb400e.map((offer) => offer.id).sort()).toEqual(
      records.filter((offer) => offer.grade === 'HRB400E').map((offer) => offer.id).sort(),
    );
    expect(await book.read.query('offers', (t) => t.where('category').equals('rebar')).count()).toBe(6);

    // The device keeps numbering where v1 stopped, and stamps after v1's last stamp.
    const created = await book.repository.create('offers', offerDraft());
    const last = (await outboxMutations(idb)).at(-1)!;
    expect(last.seq).toBe(2 * OUTBOX_BATCH_SIZE + 7);
    expect(created.meta.hlc > HLC).toBe(true);
    book.close();
  });

  it('an empty v1 outbox leaves an empty v2 outbox', async () => {
    const idb = freshIndexedDb();
    await seedVersion1(idb, 2, []);
    const book = await openTestBook(idb);
    expect(await book.outbox.size()).toBe(0);
    expect(await book.read.query('offers').count()).toBe(2);
    book.close();
  });
});

describe('toOutboxBatches', () => {
  it('never lets a batch span a gap in the numbering nor exceed the size', () => {
    const batches = toOutboxBatches([1, 2, 3, 5, 6, 9].map((seq) => mutation(seq, uuidv7())), 2);
    expect(batches.map((batch) => [batch.firstSeq, batch.lastSeq, batch.mutations.map((m) => m.seq)])).toEqual([
      [1, 2, [1, 2]],
      [3, 3, [3]],
      [5, 6, [5, 6]],
      [9, 9, [9]],
    ]);
  });
});
