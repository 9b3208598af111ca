import type { TableName } from '../../../../shared/model/tables';
import { HybridClock } from '../../../../shared/sync/hlc';
import type { HubIdentity } from '../../../../shared/sync/hubIdentity';
import { DELETED_FIELD, type Mutation } from '../../../../shared/sync/mutation';
import type { PairReply } from '../../../../shared/sync/pairing';
import type { PullChange, PullReply } from '../../../../shared/sync/pull';
import type { PushReply } from '../../../../shared/sync/push';
import { SYNC_SCHEMA_VERSION } from '../../../../shared/sync/schemaVersion';
import { callHub, type HttpReply } from './hubHttp';

type Fields = Record<string, unknown>;
export type ReplicaRecord = Fields & { id: string; meta: { stamps: Record<string, string>; deleted: 0 | 1 } };

/**
 * A paired laptop as far as the hub can tell: it numbers its mutations, keeps an outbox until
 * the hub acknowledges it, and pulls pages into a replica (table/id → record) with a cursor.
 */
export class TestLaptop {
  readonly clock: HybridClock;
  readonly outbox: Mutation[] = [];
  readonly replica = new Map<string, ReplicaRecord>();
  readonly hub: HubIdentity;
  readonly token: string;
  nextSeq: number;
  cursor = 0;

  constructor(
    /** Which hub process it talks to (several may serve one PostgreSQL database). */
    public url: string,
    paired: PairReply,
    wallClock: () => number,
  ) {
    this.clock = new HybridClock(paired.deviceId, wallClock);
    this.hub = paired.hub;
    this.token = paired.token;
    this.nextSeq = paired.nextSeq;
  }

  get deviceId(): string {
    return this.clock.deviceId;
  }

  /** Queue a write of these fields (a whole record creates it). `base` marks the values it had seen. */
  put(table: TableName, id: string, patch: Fields, base?: Record<string, string>): Mutation {
    const stamp = this.clock.now();
    const stamps = Object.fromEntries(Object.keys(patch).filter((f) => f !== 'id').map((f) => [f, stamp]));
    return this.queue({ seq: this.nextSeq++, table, id, op: 'put', patch, stamps, hlc: stamp, deviceId: this.deviceId, ...(base ? { base } : {}) });
  }

  /** Queue an edit of a record it has pulled, naming the stamps of the values it replaces. */
  edit(table: TableName, id: string, patch: Fields): Mutation {
    const known = this.record(table, id);
    if (!known) throw new Error(`${this.deviceId} has no ${table}/${id} to edit`);
    return this.put(table, id, patch, Object.fromEntries(Object.keys(patch).map((f) => [f, known.meta.stamps[f]!])));
  }

  /** Queue a whole record. */
  create(table: TableName, record: Fields & { id: string }): Mutation {
    const { id, ...fields } = record;
    return this.put(table, id, fields);
  }

  delete(table: TableName, id: string): Mutation {
    const stamp = this.clock.now();
    return this.queue({ seq: this.nextSeq++, table, id, op: 'delete', patch: {}, stamps: { [DELETED_FIELD]: stamp }, hlc: stamp, deviceId: this.deviceId });
  }

  /** Queue anything as the next mutation (crafted or invalid ones included). */
  queue<M extends Mutation>(mutation: M): M {
    this.outbox.push(mutation);
    return mutation;
  }

  request(path: string, body: unknown): Promise<HttpReply> {
    return callHub(this.url, path, { body, token: this.token });
  }

  /** Push the whole outbox; on success drop what the hub acknowledged (the body is a PushReply or an error). */
  async push(): Promise<HttpReply> {
    const reply = await this.request('/v1/push', { schemaVersion: SYNC_SCHEMA_VERSION, deviceId: this.deviceId, hub: this.hub, mutations: this.outbox });
    if (reply.status === 200) {
      const acked = (reply.body as PushReply).ackedThrough;
      this.outbox.splice(0, this.outbox.length, ...this.outbox.filter((m) => m.seq > acked));
    }
    return reply;
  }

  /** One page after `cursor`, without touching the replica (the body is a PullReply or an error). */
  pullPage(cursor: number, extra: { limit?: number; tables?: TableName[] } = {}): Promise<HttpReply> {
    return this.request('/v1/pull', { schemaVersion: SYNC_SCHEMA_VERSION, deviceId: this.deviceId, hub: this.hub, cursor, ...extra });
  }

  /** Pull pages into the replica until caught up; returns every change seen. */
  async pullAll(limit?: number): Promise<PullChange[]> {
    const seen: PullChange[] = [];
    for (;;) {
      const reply = await this.pullPage(this.cursor, limit ? { limit } : {});
      if (reply.status !== 200) throw new Error(`pull failed: ${reply.status} ${JSON.stringify(reply.body)}`);
      const page = reply.body as PullReply;
      for (const change of page.changes) this.apply(change);
      seen.push(...page.changes);
      this.cursor = page.cursor;
      if (!page.hasMore) return seen;
    }
  }

  /** The visible (not deleted) records of a table in the replica. */
  visible(table: TableName): ReplicaRecord[] {
    return [...this.replica.entries()].filter(([key, r]) => key.startsWith(`${table}/`) && r.meta.deleted === 0).map(([, r]) => r);
  }

  record(table: TableName, id: string): ReplicaRecord | undefined {
    return this.replica.get(`${table}/${id}`);
  }

  private apply(change: PullChange): void {
    if (change.kind === 'remove') this.replica.delete(`${change.table}/${change.id}`);
    else this.replica.set(`${change.table}/${change.record.id}`, change.record as ReplicaRecord);
  }
}
