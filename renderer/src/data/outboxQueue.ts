import type { OutboxBatch } from '../../../shared/sync/mutation';
import type { BookDatabase } from './bookDatabase';
import { sanctionWrites } from './writeGuard';

/** The sync engine's view of the outbox: what to push, and forgetting what the hub acknowledged. */
export class OutboxQueue {
  constructor(private readonly db: BookDatabase) {}

  /** The oldest outbox rows, lowest numbers first: what to push next. */
  pending(limit = Infinity): Promise<OutboxBatch[]> {
    return this.db.outbox.limit(limit).toArray();
  }

  /** How many mutations wait to be pushed. */
  async size(): Promise<number> {
    let total = 0;
    await this.db.outbox.each((batch) => (total += batch.mutations.length));
    return total;
  }

  /**
   * Forgets every mutation numbered up to `upToSeq`, once the hub acknowledged it (applied or
   * rejected). A row only partly acknowledged keeps its remaining mutations.
   */
  acknowledge(upToSeq: number): Promise<void> {
    return this.db.transaction('rw', this.db.outbox, async (transaction) => {
      sanctionWrites(transaction);
      const done = await this.db.outbox.where('firstSeq').belowOrEqual(upToSeq).toArray();
      await this.db.outbox.bulkDelete(done.map((batch) => batch.firstSeq));
      const straddling = done.find((batch) => batch.lastSeq > upToSeq);
      if (straddling) {
        const mutations = straddling.mutations.filter((mutation) => mutation.seq > upToSeq);
        await this.db.outbox.add({ firstSeq: upToSeq + 1, lastSeq: straddling.lastSeq, mutations });
      }
    });
  }
}
