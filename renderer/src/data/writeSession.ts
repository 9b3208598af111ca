import type { Table, Transaction } from 'dexie';
import type { HybridClock } from '../../../shared/sync/hlc';
import type { KeyValueRow } from './bookDatabase';

/** Where the device's write log stands; kept in `syncState` under `WRITE_HEAD_KEY`. */
export interface WriteHead {
  /** The number the next mutation gets: mutations are numbered 1, 2, 3... per device. */
  nextSeq: number;
  /** The newest HLC stamp written, so every window of the book stamps after it. */
  lastHlc?: string;
}

export const WRITE_HEAD_KEY = 'writeHead';

/**
 * Numbers and stamps the writes of one IndexedDB transaction. The head is read once per
 * transaction and shared by every repository call inside it, so calls running side by side in one
 * `atomically` block never reuse a number. Separate transactions all write `syncState`, so
 * IndexedDB runs them one after another, also across windows: numbers stay contiguous and unique.
 */
export class WriteSession {
  private loaded: Promise<void> | undefined;
  private nextSeq = 1;
  private lastHlc: string | undefined;

  /**
   * `syncState` is the database-level table: Dexie runs its calls in whichever transaction is
   * current, so the session works for every nested call, not just the one that created it.
   */
  constructor(
    private readonly syncState: Table<KeyValueRow, string>,
    private readonly clock: HybridClock,
  ) {}

  /** Reserves `count` consecutive mutation numbers and returns the first. */
  async reserve(count: number): Promise<number> {
    await (this.loaded ??= this.load());
    const first = this.nextSeq;
    this.nextSeq += count;
    return first;
  }

  /** A fresh HLC stamp, newer than any this device wrote before, in this window or another. */
  stamp(): string {
    this.lastHlc = this.clock.now();
    return this.lastHlc;
  }

  /**
   * Stores the head. Each call issues this after its own writes; IndexedDB applies requests in
   * issue order, so the last one, holding the highest number, is what remains.
   */
  save(): Promise<unknown> {
    const head: WriteHead = { nextSeq: this.nextSeq, ...(this.lastHlc && { lastHlc: this.lastHlc }) };
    return this.syncState.put({ key: WRITE_HEAD_KEY, value: head });
  }

  private async load(): Promise<void> {
    const row = await this.syncState.get(WRITE_HEAD_KEY);
    const head = row?.value as WriteHead | undefined;
    if (head?.lastHlc) this.clock.receive(head.lastHlc);
    this.nextSeq = head?.nextSeq ?? 1;
  }
}

const sessions = new WeakMap<object, WriteSession>();

/** The write session of `transaction` (shared by nested repository calls), created on first use. */
export function writeSessionOf(transaction: Transaction, syncState: Table<KeyValueRow, string>, clock: HybridClock): WriteSession {
  let session = sessions.get(transaction.idbtrans);
  if (!session) {
    session = new WriteSession(syncState, clock);
    sessions.set(transaction.idbtrans, session);
  }
  return session;
}
