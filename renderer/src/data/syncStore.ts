import type { DeviceAccount } from '../../../shared/sync/device';
import { sameHub, type HubIdentity } from '../../../shared/sync/hubIdentity';
import type { PullChange } from '../../../shared/sync/pull';
import type { SyncReport } from '../../../shared/sync/syncReport';
import type { BookDatabase } from './bookDatabase';
import { adoptHub } from './hubAdoption';
import { applyPulledPage, type PageHooks } from './pulledPage';
import { replaceLocalCopy } from './localReplacement';
import { SYNC_STATE_KEYS } from './syncStateKeys';
import { sanctionWrites } from './writeGuard';

/** What the engine needs of the pairing: which hub (as last seen) and which account. The token stays with the transport. */
export interface SyncLink {
  hub: HubIdentity;
  account: DeviceAccount;
}

/**
 * The hub no longer matches the one this book last synced with (restored from a backup, or
 * another hub): syncing stops until the user accepts a re-sync with `current` (`acceptHubChange`).
 */
export interface HubChange {
  seen: HubIdentity;
  current: HubIdentity;
  /** The hub's own words, for the Sync page. */
  message: string;
  detectedAt: string;
}


/**
 * The book's sync bookkeeping in `syncState`, and the data layer's sync write paths: applying a
 * pulled page with its cursor, starting over from 0, adopting a new hub. Every write runs in a
 * sanctioned transaction; nothing here adds outbox entries except adopting a hub (re-sending what
 * the new hub may have forgotten).
 */
export class SyncStore {
  constructor(private readonly db: BookDatabase) {}

  /** The pairing, or undefined when the book was never paired. */
  link(): Promise<SyncLink | undefined> {
    return this.get<SyncLink>(SYNC_STATE_KEYS.link);
  }

  /**
   * Records a fresh pairing (from the pair reply): the hub and account, and the waiting outbox
   * renumbered from `nextSeq` (what the hub expects from this device). Pairing again with the
   * same hub keeps the pull cursor; another hub (or epoch) starts from 0, and if the book had
   * synced with another hub before, the next pull replaces the local copy.
   */
  pair(pairing: SyncLink & { nextSeq: number }): Promise<void> {
    return this.writeSyncState(true, async () => {
      const before = await this.get<SyncLink>(SYNC_STATE_KEYS.link);
      await adoptHub(this.db, { nextSeq: pairing.nextSeq, resendOwnWrites: false });
      await this.db.syncState.put({ key: SYNC_STATE_KEYS.link, value: { hub: pairing.hub, account: pairing.account } satisfies SyncLink });
      if (!before || !sameHub(before.hub, pairing.hub)) await this.db.syncState.put({ key: SYNC_STATE_KEYS.cursor, value: 0 });
      if (before && before.hub.id !== pairing.hub.id) await this.db.syncState.put({ key: SYNC_STATE_KEYS.replaceLocal, value: true });
      await this.db.syncState.delete(SYNC_STATE_KEYS.hubChange);
    });
  }

  /** Forgets the pairing (the outbox and the data stay: a new pairing sends them). */
  unpair(): Promise<void> {
    return this.writeSyncState(false, () => this.db.syncState.bulkDelete([SYNC_STATE_KEYS.link, SYNC_STATE_KEYS.hubChange]));
  }

  /** The hub version after which the next pull starts. */
  async cursor(): Promise<number> {
    return (await this.get<number>(SYNC_STATE_KEYS.cursor)) ?? 0;
  }

  /** The last sync's report, for the Sync page (works in `useLiveQuery`). */
  lastReport(): Promise<SyncReport | undefined> {
    return this.get<SyncReport>(SYNC_STATE_KEYS.lastReport);
  }

  saveReport(report: SyncReport): Promise<void> {
    return this.writeSyncState(false, async () => {
      await this.db.syncState.put({ key: SYNC_STATE_KEYS.lastReport, value: report });
    });
  }

  /** A detected hub change waiting for the user's decision, if any. */
  hubChange(): Promise<HubChange | undefined> {
    return this.get<HubChange>(SYNC_STATE_KEYS.hubChange);
  }

  saveHubChange(change: HubChange): Promise<void> {
    return this.writeSyncState(false, async () => {
      await this.db.syncState.put({ key: SYNC_STATE_KEYS.hubChange, value: change });
    });
  }

  /**
   * The user accepted the new hub: in one transaction, queue this device's own values again (the
   * hub may have forgotten them), renumber the outbox from `nextSeq`, follow the new hub identity
   * and have the next pull start from 0 and replace the local copy.
   */
  acceptHub(adoption: { hub: HubIdentity; nextSeq: number }): Promise<void> {
    return this.writeSyncState(true, async () => {
      const link = await this.get<SyncLink>(SYNC_STATE_KEYS.link);
      if (!link) throw new Error('this book is not paired with a hub');
      await adoptHub(this.db, { nextSeq: adoption.nextSeq, resendOwnWrites: true });
      await this.db.syncState.bulkPut([
        { key: SYNC_STATE_KEYS.link, value: { ...link, hub: adoption.hub } satisfies SyncLink },
        { key: SYNC_STATE_KEYS.cursor, value: 0 },
        { key: SYNC_STATE_KEYS.replaceLocal, value: true },
      ]);
      await this.db.syncState.delete(SYNC_STATE_KEYS.hubChange);
    });
  }

  /** The hub purged tombstones this book has not seen: pull everything again from 0 (the outbox stays). */
  requireFullPull(): Promise<void> {
    return this.writeSyncState(false, async () => {
      await this.db.syncState.put({ key: SYNC_STATE_KEYS.replaceLocal, value: true });
    });
  }

  /**
   * If a full pull is due, forgets every local record the outbox does not still hold a change for
   * and puts the cursor at 0, in one transaction, so a crash half-way just repeats the full pull.
   * Returns whether it did.
   */
  startFullPullIfDue(): Promise<boolean> {
    return this.writeSyncState(true, async () => {
      if ((await this.get(SYNC_STATE_KEYS.replaceLocal)) !== true) return false;
      await replaceLocalCopy(this.db);
      await this.db.syncState.put({ key: SYNC_STATE_KEYS.cursor, value: 0 });
      await this.db.syncState.delete(SYNC_STATE_KEYS.replaceLocal);
      return true;
    });
  }

  /**
   * Stores a pulled page and its new cursor in one transaction (see `applyPulledPage`). No
   * outbox entries: these records come from the hub.
   */
  applyPage(changes: readonly PullChange[], cursor: number, hooks: PageHooks = {}): Promise<void> {
    return applyPulledPage(this.db, changes, cursor, hooks);
  }

  private async get<T>(key: string): Promise<T | undefined> {
    return (await this.db.syncState.get(key))?.value as T | undefined;
  }

  /** A sanctioned transaction over `syncState` (and, for `withData`, every data table and the outbox). */
  private writeSyncState<R>(withData: boolean, work: () => Promise<R>): Promise<R> {
    const tables = withData ? [...this.db.tables.map((table) => table.name)] : ['syncState'];
    return this.db.transaction('rw', tables, async (transaction) => {
      sanctionWrites(transaction);
      return work();
    });
  }
}
