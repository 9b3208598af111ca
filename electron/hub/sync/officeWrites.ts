import type { Broker } from '../../../shared/model/customer';
import { uuidv7 } from '../../../shared/ids/uuidv7';
import type { HybridClock } from '../../../shared/sync/hlc';
import type { Mutation } from '../../../shared/sync/mutation';
import type { CreateBrokerRequest } from '../../../shared/sync/admin';
import type { Database } from '../db/database';
import { HubError } from '../hubError';
import { lockHead, saveVersion } from '../store/hubHead';
import { loadRecords } from '../store/records';
import { WriteBatch } from './writeBatch';

/**
 * Create a broker account as a `brokers` record written by the hub itself (with the office's
 * rights and its own HLC), through the same merge and numbering as any pushed mutation, so it
 * reaches every device on its next pull.
 */
export async function createBroker(db: Database, hubClock: HybridClock, request: CreateBrokerRequest, nowMs: number, clockWindowMs: number): Promise<Broker> {
  const broker: Broker = { id: request.id ?? uuidv7(nowMs), name: request.name, prefix: request.prefix };
  const stamp = hubClock.now();
  const mutation: Mutation = {
    seq: 1,
    table: 'brokers',
    id: broker.id,
    op: 'put',
    patch: { name: broker.name, prefix: broker.prefix },
    stamps: { name: stamp, prefix: stamp },
    hlc: stamp,
    deviceId: hubClock.deviceId,
  };
  return db.transaction(async (tx) => {
    const head = await lockHead(tx);
    if ((await loadRecords(tx, [{ table: 'brokers', id: broker.id }])).length > 0) {
      throw new HubError('bad_request', `broker ${broker.id} already exists`, { path: 'id' });
    }
    const batch = new WriteBatch(tx, { deviceId: hubClock.deviceId, account: { role: 'office' } }, { nowMs, clockWindowMs });
    await batch.prefetch([mutation]);
    const outcome = batch.apply(mutation);
    if (outcome.status === 'rejected') throw new HubError('bad_request', outcome.reason);
    await saveVersion(tx, await batch.commit(head.version));
    return broker;
  });
}
