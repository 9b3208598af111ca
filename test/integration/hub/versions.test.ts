import { describe, expect, it } from 'vitest';
import type { PullChange } from '../../../shared/sync/pull';
import { HUB_BACKENDS } from './support/backends';
import type { TestLaptop } from './support/laptop';
import { customerRecord } from './support/records';
import { hubForSuite } from './support/testHub';

const BROKERS = 6;
const BATCHES = 3;
const PER_BATCH = 20;

// Concurrent pushes are serialised by the one counter row: each batch gets a contiguous range of
// versions, and a reader polling meanwhile never skips a version that commits later.
describe.each(HUB_BACKENDS)('hub versions on $name', (backend) => {
  const hub = hubForSuite(backend);

  it('gives concurrent batches contiguous, non-interleaved versions, and a concurrent reader misses nothing', async () => {
    const laptops: TestLaptop[] = [];
    for (let i = 0; i < BROKERS; i++) laptops.push(await hub().office.brokerLaptop(`v${i}`));
    if (backend.shared) {
      // Half the laptops talk to a second hub process on the same database.
      const sibling = await hub().startSibling();
      laptops.filter((_, i) => i % 2 === 1).forEach((laptop) => (laptop.url = sibling.url));
    }
    const reader = await hub().office.pairLaptop('reader', { role: 'office' });
    await reader.pullAll();
    const startCursor = reader.cursor;

    const batchOf = new Map<string, string>();
    let pushing = true;
    const readerSaw: PullChange[] = [];
    const reading = (async () => {
      while (pushing) readerSaw.push(...(await reader.pullAll(7)));
    })();
    await Promise.all(
      laptops.map(async (laptop, l) => {
        for (let b = 0; b < BATCHES; b++) {
          for (let r = 0; r < PER_BATCH; r++) {
            const customer = customerRecord(`v${l}`);
            batchOf.set(customer.id, `${l}/${b}`);
            laptop.create('customers', customer);
          }
          const reply = await laptop.push();
          expect(reply.status).toBe(200);
          expect(reply.body.outcomes.every((o: { status: string }) => o.status === 'applied')).toBe(true);
        }
      }),
    );
    pushing = false;
    await reading;
    readerSaw.push(...(await reader.pullAll()));

    // The reader saw every record exactly once, in strictly increasing version order.
    const versions = readerSaw.map((c) => c.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(new Set(versions).size).toBe(versions.length);
    const ids = readerSaw.flatMap((c) => (c.kind === 'record' && c.table === 'customers' ? [c.record.id] : []));
    expect(new Set(ids)).toEqual(new Set(batchOf.keys()));

    // Versions are gapless after the start, and each batch holds one contiguous range.
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => startCursor + 1 + i));
    const ranges = new Map<string, number[]>();
    for (const change of readerSaw) {
      if (change.kind !== 'record' || change.table !== 'customers') continue;
      const batch = batchOf.get(change.record.id)!;
      ranges.set(batch, [...(ranges.get(batch) ?? []), change.version]);
    }
    expect(ranges.size).toBe(BROKERS * BATCHES);
    for (const batchVersions of ranges.values()) {
      expect(batchVersions).toHaveLength(PER_BATCH);
      expect(batchVersions[PER_BATCH - 1]! - batchVersions[0]!).toBe(PER_BATCH - 1);
    }
  }, 120_000);
});
