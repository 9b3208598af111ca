import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreValidationError, WriteRefusedError, type Book } from '../../../../renderer/src/data';
import { IdSchema } from '../../../../shared/model';
import { parseHlc } from '../../../../shared/sync/hlc';
import { freshIndexedDb, offerDraft, openTestBook, outboxMutations, T0, type IndexedDb } from './testBook';

describe('repository.create / createMany', () => {
  let idb: IndexedDb;
  let book: Book;
  beforeEach(async () => {
    idb = freshIndexedDb();
    book = await openTestBook(idb);
  });
  afterEach(() => book.close());

  it('stores the record with a UUIDv7 id, a stamp per field and the device, and appends a put mutation', async () => {
    const stored = await book.repository.create('offers', offerDraft());

    expect(IdSchema.safeParse(stored.id).success).toBe(true);
    const { meta, id, ...fields } = stored;
    expect(Object.keys(meta.stamps).sort()).toEqual(Object.keys(fields).sort());
    expect(new Set(Object.values(meta.stamps))).toEqual(new Set([meta.hlc]));
    expect(parseHlc(meta.hlc)).toMatchObject({ ms: T0, deviceId: book.deviceId });
    expect(meta).toMatchObject({ deviceId: book.deviceId, deleted: 0 });
    expect(await book.read.get('offers', id)).toEqual(stored);

    expect(await outboxMutations(idb)).toEqual([
      { seq: 1, table: 'offers', id, op: 'put', patch: fields, stamps: meta.stamps, hlc: meta.hlc, deviceId: book.deviceId },
    ]);
  });

  it('keeps an id the caller gives and stores the parsed value (text trimmed)', async () => {
    const id = '01937a3c-1d2e-7f00-8a00-0000000000aa';
    const stored = await book.repository.create('offers', offerDraft({ id, grade: 'HRB400E', brand: '沙钢', warehouse: ' 乐从 ' }));
    expect(stored.id).toBe(id);
    // warehouse is plain text (not trimmed by the schema); the customer name is NonEmptyText and is trimmed.
    expect(stored.warehouse).toBe(' 乐从 ');
    const customer = await book.repository.create('customers', {
      name: '  佛山市顺德区钢贸有限公司 ',
      type: 'buyer',
      region: '佛山',
      phones: [],
      brokerId: 'broker-zhang',
      categories: ['rebar'],
      tags: [],
    });
    expect(customer.name).toBe('佛山市顺德区钢贸有限公司');
  });

  it('refuses a bad row with an error naming table, row and field, and writes nothing of the call', async () => {
    const drafts = Array.from({ length: 20 }, () => offerDraft());
    drafts[12] = offerDraft({ priceFenPerTon: 3520.5 });

    const error = await book.repository.createMany('offers', drafts).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreValidationError);
    expect((error as Error).message).toBe('offers[12].priceFenPerTon: money must be whole fen');
    expect((error as StoreValidationError).issues).toEqual([
      { table: 'offers', row: 12, path: 'priceFenPerTon', message: 'money must be whole fen' },
    ]);
    expect(await book.read.query('offers').count()).toBe(0);
    expect(await outboxMutations(idb)).toEqual([]);
  });

  it('names nested paths and unknown fields, and lists several failing rows', async () => {
    const bad = [
      offerDraft(),
      { ...offerDraft({ spec: { text: '', dims: [20] } }), colour: 'red' } as never,
      offerDraft({ availableKg: -5 }),
    ];
    const error = (await book.repository.createMany('offers', bad).catch((e: unknown) => e)) as StoreValidationError;
    expect(error.issues.map((issue) => `${issue.row}:${issue.path}`)).toEqual(['1:spec.text', '1:colour', '2:availableKg']);
    expect(error.message).toContain('offers[1].colour: unknown field');
    expect(error.message).toContain('offers[2].availableKg:');
  });

  it('refuses a caller-supplied meta: only the repository writes meta', async () => {
    const forged = { ...offerDraft(), meta: { stamps: {}, hlc: '', deviceId: 'x', deleted: 0 } } as never;
    await expect(book.repository.create('offers', forged)).rejects.toThrow('offers[0].meta: unknown field');
  });

  it('is atomic when the database refuses mid-transaction (unique deal number): no record, no outbox entry', async () => {
    const { dealDraft } = await import('./testBook');
    await book.repository.create('deals', dealDraft({ number: 'ZH-1' }));

    const error = await book.repository
      .createMany('deals', [dealDraft({ number: 'ZH-2' }), dealDraft({ number: 'ZH-1' })])
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WriteRefusedError);
    expect((error as Error).message).toMatch(/^deals\[1\]: clashes with a stored record/);
    expect((await book.read.query('deals').toArray()).map((deal) => deal.number)).toEqual(['ZH-1']);
    expect((await outboxMutations(idb)).map((mutation) => mutation.seq)).toEqual([1]);
    // The failed call used no numbers: the next write continues at 2.
    await book.repository.create('deals', dealDraft({ number: 'ZH-3' }));
    expect((await outboxMutations(idb)).map((mutation) => mutation.seq)).toEqual([1, 2]);
  });

  it('refuses an id that already exists', async () => {
    const stored = await book.repository.create('offers', offerDraft());
    await expect(book.repository.create('offers', offerDraft({ id: stored.id }))).rejects.toThrow(/^offers\[0\]: clashes/);
    expect(await outboxMutations(idb)).toHaveLength(1);
  });

  it('batches a large call into outbox rows of consecutive numbers', async () => {
    const { OUTBOX_BATCH_SIZE } = await import('../../../../renderer/src/data/outboxBatches');
    const count = OUTBOX_BATCH_SIZE * 2 + 7;
    const stored = await book.repository.createMany('offers', Array.from({ length: count }, () => offerDraft()));

    const raw = await (await import('./testBook')).rawView(idb);
    const rows = await raw.outbox.toArray();
    raw.close();
    expect(rows.map((row) => [row.firstSeq, row.lastSeq, row.mutations.length])).toEqual([
      [1, OUTBOX_BATCH_SIZE, OUTBOX_BATCH_SIZE],
      [OUTBOX_BATCH_SIZE + 1, 2 * OUTBOX_BATCH_SIZE, OUTBOX_BATCH_SIZE],
      [2 * OUTBOX_BATCH_SIZE + 1, count, 7],
    ]);
    expect(rows.flatMap((row) => row.mutations.map((mutation) => mutation.id))).toEqual(stored.map((record) => record.id));
    expect(await book.read.query('offers').count()).toBe(count);
  });
});
