import { PullReplySchema } from '../../../../shared/sync/pull';
import { SYNC_SCHEMA_VERSION } from '../../../../shared/sync/schemaVersion';
import { refusalFailure } from './refusalFailure';
import type { SyncContext } from './syncContext';
import { SyncFailure } from './syncFailure';

/**
 * Pulls the pages after the saved cursor until the hub has no more, saving each page with its
 * cursor in one local transaction (a crash repeats at most one page, which is harmless). A cursor
 * older than the hub's kept tombstones (`resync_required`) starts over from 0, replacing the local
 * copy except records with unpushed changes.
 */
export async function pullPages(context: SyncContext, hubVersion: number): Promise<void> {
  const { book, hub, tally } = context;
  await book.sync.startFullPullIfDue();
  let cursor = await book.sync.cursor();
  let restarted = false;
  context.report({ phase: 'pulling', downTotal: Math.max(0, hubVersion - cursor) });
  for (;;) {
    const request = { schemaVersion: SYNC_SCHEMA_VERSION, deviceId: book.deviceId, hub: context.link.hub, cursor, limit: context.pullLimit };
    const answer = await hub.call('pull', request, PullReplySchema);
    if (!answer.ok) {
      const { refusal } = answer;
      if (refusal.code === 'hub_changed') return context.hubChanged(refusal);
      if (refusal.code === 'resync_required' && !restarted) {
        restarted = true;
        await book.sync.requireFullPull();
        await book.sync.startFullPullIfDue();
        cursor = 0;
        context.report({ downTotal: hubVersion });
        continue;
      }
      throw refusalFailure('pull', refusal);
    }
    const page = answer.reply;
    if (page.cursor < cursor) throw new SyncFailure('bad_reply', `the hub moved the pull cursor back from ${cursor} to ${page.cursor}`);
    hub.throwIfCancelled();
    await book.sync.applyPage(page.changes, page.cursor, context.hooks);
    cursor = page.cursor;
    tally.pulled += page.changes.length;
    for (const change of page.changes) tally.pulledByTable[change.table] = (tally.pulledByTable[change.table] ?? 0) + 1;
    context.report({ downDone: tally.pulled });
    if (!page.hasMore) return;
  }
}
