import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Book } from '../../../../renderer/src/data';
import { dealDraft, freshIndexedDb, offerDraft, openTestBook, outboxMutations } from './testBook';

const seqs = async (idb: ReturnType<typeof freshIndexedDb>) => (await outboxMutations(idb)).map((mutation) => mutation.seq);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('outbox numbering', () => {
  it('numbers mutations 1, 2, 3... across calls of every kind', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    const [a] = await book.repository.createMany('offers', [offerDraft(), offerDraft(), offerDraft()]);
    await book.repository.update('offers', a!.id, { status: 'closed' });
    await book.repository.remove('offers', a!.id);
    await book.repository.create('deals', dealDraft());
    expect(await seqs(idb)).toEqual(oneTo(6));
    book.close();
  });

  it('concurrent callers in one window and in two windows never share or skip a number', async () => {
    const idb = freshIndexedDb();
    const first = await openTestBook(idb);
    const second = await openTestBook(idb); // another window: same database, same device, own clock
    expect(second.deviceId).toBe(first.deviceId);

    await Promise.all([
      first.repository.createMany('offers', [offerDraft(), offerDraft()]),
      second.repository.create('offers', offerDraft()),
      first.repository.create('offers', offerDraft()),
      second.repository.createMany('offers', [offerDraft(), offerDraft(), offerDraft()]),
    ]);

    const mutations = await outboxMutations(idb);
    expect(mutations.map((mutation) => mutation.seq)).toEqual(oneTo(7));
    // Stamps follow the numbering even though two clocks wrote: each window stamps after the head.
    // A call is one event (one stamp), so four calls make four stamps, in numbering order.
    const stamps = mutations.map((mutation) => mutation.hlc);
    expect(new Set(stamps).size).toBe(4);
    expect([...stamps].sort()).toEqual(stamps);
    first.close();
    second.close();
  });

  it('calls running side by side inside atomically() share one numbering', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    await book.repository.atomically(['offers', 'deals'], () =>
      Promise.all([
        book.repository.createMany('offers', [offerDraft(), offerDraft()]),
        book.repository.create('deals', dealDraft()),
        book.repository.create('offers', offerDraft()),
      ]),
    );
    expect(await seqs(idb)).toEqual(oneTo(4));
    await book.repository.create('offers', offerDraft());
    expect(await seqs(idb)).toEqual(oneTo(5));
    book.close();
  });

  it('atomically() keeps nothing when one of its calls fails', async () => {
    const idb = freshIndexedDb();
    const book = await openTestBook(idb);
    await book.repository.create('deals', dealDraft({ number: 'ZH-1' }));
    const failing = book.repository.atomically(['offers', 'deals'], async () => {
      await book.repository.create('offers', offerDraft());
      await book.repository.create('deals', dealDraft({ number: 'ZH-1' }));
    });
    await expect(failing).rejects.toThrow(/clashes with a stored record/);
    expect(await book.read.query('offers').count()).toBe(0);
    expect(await seqs(idb)).toEqual([1]);
    book.close();
  });

  it('property: any interleaving of writes from two windows yields numbers 1..n, stamps in the same order, one per call', async () => {
    type Step = { window: 0 | 1; op: 'create' | 'createMany' | 'update' | 'remove' | 'invalid'; size: number };
    const step = fc.record({
      window: fc.constantFrom<0 | 1>(0, 1),
      op: fc.constantFrom<Step['op']>('create', 'createMany', 'update', 'remove', 'invalid'),
      size: fc.integer({ min: 1, max: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const idb = freshIndexedDb();
        const windows: Book[] = [await openTestBook(idb), await openTestBook(idb)];
        const [seed] = await windows[0]!.repository.createMany('offers', [offerDraft()]);
        const results = await Promise.allSettled(steps.map((s, index) => run(windows[s.window]!, s, seed!.id, index)));
        const mutations = await outboxMutations(idb);
        windows.forEach((book) => book.close());

        // One mutation per record written: the seed plus every successful step.
        const written = results.filter((r): r is PromiseFulfilledResult<number> => r.status === 'fulfilled');
        const expected = 1 + written.reduce((n, r) => n + r.value, 0);
        expect(mutations.map((mutation) => mutation.seq)).toEqual(oneTo(expected));
        // Stamps never go back along the numbering, and each successful call has a stamp of its own.
        const stamps = mutations.map((mutation) => mutation.hlc);
        expect([...stamps].sort()).toEqual(stamps);
        expect(new Set(stamps).size).toBe(1 + written.length);
      }),
      { numRuns: 25 },
    );

    /** Runs a step and says how many mutations it wrote. */
    async function run(book: Book, s: Step, seedId: string, index: number): Promise<number> {
      switch (s.op) {
        case 'create':
          await book.repository.create('offers', offerDraft());
          return 1;
        case 'createMany':
          return (await book.repository.createMany('offers', Array.from({ length: s.size }, () => offerDraft()))).length;
        case 'update':
          // A value no other step uses, so every update that runs is a real change.
          await book.repository.update('offers', seedId, { availableKg: 100_000 + index });
          return 1;
        case 'remove':
          await book.repository.remove('offers', seedId);
          return 1;
        case 'invalid':
          await book.repository.create('offers', offerDraft({ priceFenPerTon: 0.5 }));
          return 1;
      }
    }
  }, 30_000); // 25 fresh databases: generous under a loaded machine, not a timing assertion
});
