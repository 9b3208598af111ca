import { sameHub } from '../../../../shared/sync/hubIdentity';
import type { HubTransport } from '../../../../shared/sync/hubTransport';
import { SYNC_SCHEMA_VERSION } from '../../../../shared/sync/schemaVersion';
import { StatusReplySchema, type StatusReply } from '../../../../shared/sync/status';
import type { SyncProgress, SyncReport } from '../../../../shared/sync/syncReport';
import type { Book } from '../openBook';
import type { SyncLink } from '../syncStore';
import { HubCaller, type HubRefusal } from './hubCaller';
import { pullPages } from './pullPages';
import { pushOutbox } from './pushOutbox';
import { refusalFailure } from './refusalFailure';
import { waitFor } from './retryDelay';
import type { SyncContext, SyncTally } from './syncContext';
import { SyncFailure } from './syncFailure';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_PULL_LIMIT, DEFAULT_PUSH_LIMIT, type SyncOptions } from './syncOptions';

const running = new WeakMap<Book, Promise<SyncReport>>();

/**
 * One sync of `book` with the office hub (shared/sync/README.md, "A sync, step by step"):
 * status → push the outbox → pull until caught up. Never throws: the result, `ok` or `failed`
 * with the reason, is returned and saved as the book's last report (`book.sync.lastReport()`).
 * Everything it does is durable as it goes, so after a dropped connection, a crash or a
 * cancellation the next sync simply carries on. A hub that changed identity (restored from a
 * backup, or another hub) stops every sync with `hub_changed` until the user accepts it with
 * `acceptHubChange`. Calling it again while a sync of the same book runs joins that sync.
 */
export function syncBook(book: Book, transport: HubTransport, options: SyncOptions = {}): Promise<SyncReport> {
  return joinOrRun(book, () => runSync(book, transport, options, false));
}

/**
 * The user's answer to `hub_changed`: follow the hub as it is now. This device's own values are
 * queued again (the hub may have forgotten some it had acknowledged; those it kept merge as
 * no-ops), unpushed changes are kept and renumbered for the hub, and the local copy is replaced
 * by a pull from 0 (records with unpushed changes stay). Then it syncs.
 */
export function acceptHubChange(book: Book, transport: HubTransport, options: SyncOptions = {}): Promise<SyncReport> {
  return joinOrRun(book, () => runSync(book, transport, options, true));
}

/** One sync per book at a time: a call while one runs gets that sync's report. */
function joinOrRun(book: Book, start: () => Promise<SyncReport>): Promise<SyncReport> {
  const current = running.get(book);
  if (current) return current;
  const run = start().finally(() => running.delete(book));
  running.set(book, run);
  return run;
}

async function runSync(book: Book, transport: HubTransport, options: SyncOptions, acceptingHubChange: boolean): Promise<SyncReport> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const tally: SyncTally = { pushed: 0, duplicates: 0, conflicts: 0, rejected: [], pulled: 0, pulledByTable: {} };
  const progress: SyncProgress = { phase: 'connecting', upDone: 0, upTotal: 0, downDone: 0 };
  const report = (change: Partial<SyncProgress>) => {
    Object.assign(progress, change);
    options.onProgress?.({ ...progress });
  };
  let error: SyncReport['error'];
  try {
    if (!book.syncs) throw new SyncFailure('not_syncable', `the ${book.name} book never syncs with the office`);
    const hub = new HubCaller(transport, { wait: options.wait ?? waitFor, maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, signal: options.signal });
    if (!(await book.sync.link())) throw new SyncFailure('not_paired', 'this laptop is not paired with an office hub: pair it on the Sync page first');
    const waiting = await book.sync.hubChange();
    if (waiting && !acceptingHubChange) throw new SyncFailure('hub_changed', waiting.message);
    report({});
    const status = await requestStatus(book, hub);
    if (acceptingHubChange) await book.sync.acceptHub({ hub: status.hub, nextSeq: status.nextSeq });
    const link = (await book.sync.link())!;
    const context: SyncContext = {
      book,
      link,
      hub,
      tally,
      progress,
      report,
      hubChanged: (refusal) => stopForHubChange(book, link, refusal, now),
      hooks: options.hooks ?? {},
      pullLimit: options.pullLimit ?? DEFAULT_PULL_LIMIT,
      pushLimit: options.pushLimit ?? DEFAULT_PUSH_LIMIT,
    };
    if (!sameHub(status.hub, link.hub)) await context.hubChanged({ message: `the office hub is now ${describeHub(status.hub)}`, hub: status.hub });
    const cursor = await book.sync.cursor();
    if (cursor > status.version) {
      await context.hubChanged({ message: `the office hub is at version ${status.version}, behind what this laptop already pulled (${cursor}): it lost history` });
    }
    await pushOutbox(context);
    await pullPages(context, status.version);
    report({ phase: 'done', downTotal: tally.pulled });
  } catch (caught) {
    error = caught instanceof SyncFailure ? { code: caught.code, message: caught.message } : { code: 'internal', message: `sync stopped: ${caught instanceof Error ? caught.message : String(caught)}` };
    report({ phase: 'done' });
  }
  const result: SyncReport = { startedAt, finishedAt: now().toISOString(), outcome: error ? 'failed' : 'ok', ...tally, ...(error && { error }) };
  await book.sync.saveReport(result).catch(() => undefined);
  return result;
}

async function requestStatus(book: Book, hub: HubCaller): Promise<StatusReply> {
  const answer = await hub.call('status', { schemaVersion: SYNC_SCHEMA_VERSION, deviceId: book.deviceId }, StatusReplySchema);
  if (!answer.ok) throw refusalFailure('status', answer.refusal);
  if (answer.reply.schemaVersion !== SYNC_SCHEMA_VERSION) {
    throw new SyncFailure('schema_mismatch', `the office hub speaks sync schema ${answer.reply.schemaVersion}, this laptop ${SYNC_SCHEMA_VERSION}: update the older one`);
  }
  return answer.reply;
}

/** Keeps the hub change for the user's decision (nothing local is touched) and stops the sync. */
async function stopForHubChange(book: Book, link: SyncLink, refusal: Pick<HubRefusal, 'message' | 'hub'>, now: () => Date): Promise<never> {
  const current = refusal.hub ?? link.hub;
  const unsent = await book.outbox.size();
  const message =
    `hub changed: ${refusal.message}. This laptop last synced with ${describeHub(link.hub)}. ` +
    `Its ${unsent} unsent change(s) are kept. Re-sync with the hub as it is now to send this laptop's changes again and download everything from it.`;
  await book.sync.saveHubChange({ seen: link.hub, current, message, detectedAt: now().toISOString() });
  throw new SyncFailure('hub_changed', message);
}

function describeHub(hub: SyncLink['hub']): string {
  return `hub ${hub.id} (epoch ${hub.epoch})`;
}
