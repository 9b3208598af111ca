import { PullReplySchema } from '../../../../shared/sync/pull';
import { SYNC_SCHEMA_VERSION } from '../../../../shared/sync/schemaVersion';
import { refusalFailure } from './refusalFailure';
import type { SyncContext } from './syncContext';
import { SyncFailure } from './syncFailure';

/**
 * Pulls the pages after the saved cursor until the hub has no more, saving each page with its
 * cursor in one local transaction (a crash repeats at most one page, which is harmless). A cursor
 * older than the hub's kept tombstones (`resync_required`) starts over from 0, replacing the local
 * copy except records with unpushed changes. The next page is requested while the current one is
 * saved; a page is only ever saved after the one before it.
 */
export async function pullPages(context: SyncContext, hubVersion: number): Promise<void> {
  const { book, hub, tally } = context;
  await book.sync.startFullPullIfDue();
  const cursor = await book.sync.cursor();
  let restarted = false;
  context.report({ phase: 'pulling', downTotal: Math.max(0, hubVersion - cursor) });
  const fetchPage = (from: number) =>
    hub.call('pull', { schemaVersion: SYNC_SCHEMA_VERSION, deviceId: book.deviceId, hub: context.link.hub, cursor: from, limit: context.pullLimit }, PullReplySchema);
  let request = { from: cursor, answer: fetchPage(cursor) };
  for (;;) {
    const answer = await request.answer;
    if (!answer.ok) {
      const { refusal } = answer;
      if (refusal.code === 'hub_changed') return context.hubChanged(refusal);
      if (refusal.code === 'resync_required' && !restarted) {
        restarted = true;
        await book.sync.requireFullPull();
        await book.sync.startFullPullIfDue();
        context.report({ downTotal: hubVersion });
        request = { from: 0, answer: fetchPage(0) };
        continue;
      }
      throw refusalFailure('pull', refusal);
    }
    const page = answer.reply;
    if (page.cursor < request.from) throw new SyncFailure('bad_reply', `the hub moved the pull cursor back from ${request.from} to ${page.cursor}`);
    // Ask for the next page while this one is being saved: the hub's work and IndexedDB's overlap.
    const next = page.hasMore ? { from: page.cursor, answer: fetchPage(page.cursor) } : undefined;
    try {
      hub.throwIfCancelled();
      await book.sync.applyPage(page.changes, page.cursor, context.hooks);
    } catch (error) {
      next?.answer.catch(() => undefined);
      throw error;
    }
    tally.pulled += page.changes.length;
    for (const change of page.changes) tally.pulledByTable[change.table] = (tally.pulledByTable[change.table] ?? 0) + 1;
    context.report({ downDone: tally.pulled });
    if (!next) return;
    request = next;
  }
}
