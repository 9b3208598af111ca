import type { Mutation, OutboxBatch } from '../../../shared/sync/mutation';

/**
 * How many mutations one outbox row holds at most. Few large rows keep bulk imports close to raw
 * IndexedDB speed (one row per mutation reaches only about 55–63% of it, issue 2), yet each row
 * stays small enough to be one push.
 */
export const OUTBOX_BATCH_SIZE = 500;

/**
 * Groups mutations, in ascending `seq`, into outbox rows of consecutive numbers, at most
 * `batchSize` each. A gap in the numbering starts a new row, so every row covers exactly
 * `firstSeq..lastSeq`.
 */
export function toOutboxBatches(mutations: readonly Mutation[], batchSize = OUTBOX_BATCH_SIZE): OutboxBatch[] {
  const batches: OutboxBatch[] = [];
  let current: OutboxBatch | undefined;
  for (const mutation of mutations) {
    if (current && mutation.seq === current.lastSeq + 1 && current.mutations.length < batchSize) {
      current.mutations.push(mutation);
      current.lastSeq = mutation.seq;
    } else {
      current = { firstSeq: mutation.seq, lastSeq: mutation.seq, mutations: [mutation] };
      batches.push(current);
    }
  }
  return batches;
}
