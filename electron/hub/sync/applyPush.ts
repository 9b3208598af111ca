import type { PushReply, PushRequest, MutationOutcome } from '../../../shared/sync/push';
import type { Database } from '../db/database';
import { HubError } from '../hubError';
import { findDevice, saveDeviceProgress } from '../store/devices';
import { lockHead, saveVersion } from '../store/hubHead';
import { findRejectionReasons } from '../store/reviewLog';
import { expectSameHub } from './expectSameHub';
import { WriteBatch, type HubClock, type Writer } from './writeBatch';

/**
 * Apply one pushed batch in one transaction. The counter lock comes first, so pushes run one at a
 * time and the device's applied number read next is final: mutations at or below it are
 * duplicates (answered as the first time: `duplicate`, or `rejected` again), a batch starting
 * above the next one is refused whole, the rest are merged, each changed record gets the next
 * version, and the device's progress is saved with them.
 */
export async function applyPush(db: Database, writer: Writer, request: PushRequest, clock: HubClock): Promise<PushReply> {
  return db.transaction(async (tx) => {
    const head = await lockHead(tx);
    expectSameHub(head.identity, request.hub);
    const device = await findDevice(tx, writer.deviceId);
    if (!device || device.revokedAtMs !== null) throw new HubError('unauthorized', `device ${writer.deviceId} is not paired or was revoked`);
    const expectedSeq = device.appliedSeq + 1;
    const firstSeq = request.mutations[0]!.seq;
    const lastSeq = request.mutations[request.mutations.length - 1]!.seq;
    if (firstSeq > expectedSeq) {
      throw new HubError('seq_gap', `this batch starts at mutation ${firstSeq}, but the hub has applied up to ${device.appliedSeq}: send from ${expectedSeq}`, {
        path: 'mutations.0.seq',
        expectedSeq,
      });
    }

    const fresh = request.mutations.filter((mutation) => mutation.seq >= expectedSeq);
    const batch = new WriteBatch(tx, writer, clock);
    await batch.prefetch(fresh);
    // A repeat gets the first answer: a laptop that crashed before reading a rejection still learns of it.
    const refused = firstSeq < expectedSeq ? await findRejectionReasons(tx, writer.deviceId, firstSeq, expectedSeq - 1) : new Map<number, string>();
    const outcomes: MutationOutcome[] = request.mutations.map((mutation) => {
      if (mutation.seq >= expectedSeq) return { seq: mutation.seq, ...batch.apply(mutation, mutation.seq) };
      const reason = refused.get(mutation.seq);
      return reason === undefined ? { seq: mutation.seq, status: 'duplicate' } : { seq: mutation.seq, status: 'rejected', reason };
    });
    if (fresh.length > 0) {
      const version = await batch.commit(head.version);
      if (version > head.version) await saveVersion(tx, version);
    }
    await saveDeviceProgress(tx, writer.deviceId, lastSeq, clock.nowMs);
    return { hub: head.identity, ackedThrough: Math.max(device.appliedSeq, lastSeq), outcomes, hubTimeMs: clock.nowMs };
  });
}
