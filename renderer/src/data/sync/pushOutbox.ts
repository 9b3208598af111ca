import type { Mutation } from '../../../../shared/sync/mutation';
import { PushReplySchema } from '../../../../shared/sync/push';
import { SYNC_SCHEMA_VERSION } from '../../../../shared/sync/schemaVersion';
import type { SyncContext } from './syncContext';
import { refusalFailure } from './refusalFailure';
import { SyncFailure } from './syncFailure';

/** Stay well under the hub's 5 MB body limit. */
const MAX_PUSH_BYTES = 3_000_000;

/**
 * Pushes the outbox oldest first, in batches numbered without gaps, until it is empty. Entries
 * leave the outbox only once the hub acknowledged them (`ackedThrough`), whatever their outcome;
 * rejections are collected for the report. A lost reply is harmless: the same entries are sent
 * again and come back as duplicates.
 */
export async function pushOutbox(context: SyncContext): Promise<void> {
  const { book, hub, tally } = context;
  let limit = context.pushLimit;
  let gapsMended = 0;
  context.report({ phase: 'pushing', upTotal: await book.outbox.size() });
  for (;;) {
    const mutations = await nextBatch(context, limit);
    if (mutations.length === 0) return;
    const answer = await hub.call('push', { schemaVersion: SYNC_SCHEMA_VERSION, deviceId: book.deviceId, hub: context.link.hub, mutations }, PushReplySchema);
    if (!answer.ok) {
      const { refusal } = answer;
      if (refusal.code === 'payload_too_large' && mutations.length > 1) {
        limit = Math.ceil(mutations.length / 2);
        continue;
      }
      if (refusal.code === 'seq_gap' && refusal.expectedSeq !== undefined && mutations[0]!.seq <= refusal.expectedSeq && gapsMended++ < 3) {
        // The batch reached the hub without its start: the hub applied everything before
        // expectedSeq, so forget that here and send again from expectedSeq.
        await book.outbox.acknowledge(refusal.expectedSeq - 1);
        continue;
      }
      if (refusal.code === 'seq_gap') {
        return context.hubChanged({
          message: `the office hub has forgotten changes it had acknowledged (it expects change ${refusal.expectedSeq ?? '?'}, this laptop's next is ${mutations[0]!.seq}): it was probably restored from a backup`,
        });
      }
      if (refusal.code === 'hub_changed') return context.hubChanged(refusal);
      throw refusalFailure('push', refusal);
    }
    const reply = answer.reply;
    context.hooks.afterPushReply?.();
    const sent = new Map(mutations.map((mutation) => [mutation.seq, mutation]));
    for (const outcome of reply.outcomes) {
      if (outcome.status === 'applied') {
        tally.pushed++;
        tally.conflicts += outcome.conflicts;
      } else if (outcome.status === 'duplicate') {
        tally.duplicates++;
      } else {
        const mutation = sent.get(outcome.seq);
        tally.rejected.push({ seq: outcome.seq, table: mutation!.table, recordId: mutation!.id, reason: outcome.reason });
      }
    }
    if (reply.ackedThrough < mutations[0]!.seq) throw new SyncFailure('bad_reply', `the hub acknowledged up to ${reply.ackedThrough}, before the batch it was sent`);
    await book.outbox.acknowledge(reply.ackedThrough);
    context.report({ upDone: context.progress.upDone + mutations.length });
  }
}

/** The oldest waiting mutations: at most `limit`, and at most MAX_PUSH_BYTES of JSON. */
async function nextBatch(context: SyncContext, limit: number): Promise<Mutation[]> {
  const batch: Mutation[] = [];
  let bytes = 0;
  for (const row of await context.book.outbox.pending(limit)) {
    for (const mutation of row.mutations) {
      bytes += JSON.stringify(mutation).length;
      if (batch.length >= limit || (batch.length > 0 && bytes > MAX_PUSH_BYTES)) return batch;
      batch.push(mutation);
    }
  }
  return batch;
}
