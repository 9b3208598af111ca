import { describe, expect, it } from 'vitest';
import { OUTBOX_BATCH_SIZE } from '../../../../renderer/src/data/outboxBatches';
import { freshIndexedDb, offerDraft, openTestBook } from './testBook';

describe('outbox queue (what the sync engine pushes)', () => {
  it('gives the oldest rows first, counts mutations, and forgets what the hub acknowledged', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    const count = OUTBOX_BATCH_SIZE + 10;
    await book.repository.createMany('offers', Array.from({ length: count }, () => offerDraft()));
    await book.repository.create('offers', offerDraft());
    expect(await book.outbox.size()).toBe(count + 1);
    expect((await book.outbox.pending(2)).map((row) => [row.firstSeq, row.lastSeq])).toEqual([
      [1, OUTBOX_BATCH_SIZE],
      [OUTBOX_BATCH_SIZE + 1, count],
    ]);

    // The hub acknowledged part of the second row: the rest of that row stays, renumbered from 7 on.
    await book.outbox.acknowledge(OUTBOX_BATCH_SIZE + 6);
    const left = await book.outbox.pending();
    expect(left.map((row) => [row.firstSeq, row.lastSeq])).toEqual([
      [OUTBOX_BATCH_SIZE + 7, count],
      [count + 1, count + 1],
    ]);
    expect(left[0]!.mutations.map((m) => m.seq)).toEqual([OUTBOX_BATCH_SIZE + 7, OUTBOX_BATCH_SIZE + 8, OUTBOX_BATCH_SIZE + 9, count]);
    expect(await book.outbox.size()).toBe(5);

    await book.outbox.acknowledge(count + 1);
    expect(await book.outbox.pending()).toEqual([]);
    // Forgetting pushed mutations never resets the numbering.
    await book.repository.create('offers', offerDraft());
    expect((await book.outbox.pending()).map((row) => row.firstSeq)).toEqual([count + 2]);
    book.close();
  });
});
