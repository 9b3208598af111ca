import { TABLE_MERGE } from '../../../shared/model/tables';
import type { DeviceAccount } from '../../../shared/sync/device';
import { hubStamp } from '../../../shared/sync/hlc';
import { mergeWrite } from '../../../shared/sync/merge';
import type { Mutation } from '../../../shared/sync/mutation';
import type { Queryable } from '../db/database';
import { describeZodError } from '../describeZodError';
import { keyOf, loadDependents, saveRecords, saveScopeExits, type RecordKey, type RecordRow, type ScopeExit } from '../store/records';
import { saveConflicts, saveRejections, type RecordConflict, type Rejection } from '../store/reviewLog';
import { refuseAfterMerge, refuseBeforeMerge } from './brokerRules';
import { checkMutation, tableSchema, type CheckedMutation } from './checkMutation';
import { RecordCache, referencedKeys } from './recordCache';
import { ownersOf, sameList, scopeOf } from './recordScope';

/** Who is writing: the device and the account it acts for. */
export interface Writer {
  deviceId: string;
  account: DeviceAccount;
}

export interface HubClock {
  nowMs: number;
  /** Stamps further ahead of `nowMs` than this are clamped to it. */
  clockWindowMs: number;
}

export type WriteOutcome = { status: 'applied'; conflicts: number } | { status: 'rejected'; reason: string };

/**
 * One write transaction's mutations: `prefetch` loads what they touch in bulk, `apply` merges them
 * one by one in memory, `commit` numbers the changed records from the locked counter and writes
 * everything in a few multi-row statements.
 */
export class WriteBatch {
  private readonly cache: RecordCache;
  private readonly staged = new Map<string, RecordRow>();
  private readonly conflicts: RecordConflict[] = [];
  private readonly rejections: Rejection[] = [];
  private readonly checked = new Map<unknown, CheckedMutation>();

  constructor(
    private readonly tx: Queryable,
    private readonly writer: Writer,
    private readonly clock: HubClock,
  ) {
    this.cache = new RecordCache(tx);
  }

  /** Load the records the mutations touch and those their scope depends on. */
  async prefetch(raws: readonly unknown[]): Promise<void> {
    const keys: RecordKey[] = [];
    for (const raw of raws) {
      const checked = this.check(raw);
      if (!checked.ok) continue;
      const { table, id, patch } = checked.mutation;
      keys.push({ table, id }, ...referencedKeys(table, patch));
    }
    await this.cache.load(keys);
  }

  /** Merge one mutation; `seq` files a rejection in the review log under the device's number. */
  apply(raw: unknown, seq?: number): WriteOutcome {
    const checked = this.check(raw);
    if (!checked.ok) return this.reject(raw, seq, checked.reason);
    const mutation = checked.mutation;
    const { table, id } = mutation;
    const current = this.cache.get({ table, id });
    const { id: _patchId, ...patch } = mutation.patch;
    const broker = this.writer.account.role === 'broker' ? this.writer.account.brokerId : undefined;

    if (broker !== undefined) {
      const scopeNow = current && scopeOf(this.cache, table, current.state.fields, ownersOf(this.cache, table, current.state.fields).owners);
      const refusal = refuseBeforeMerge(broker, table, id, scopeNow, patch);
      if (refusal) return this.reject(raw, seq, refusal, mutation);
    }

    const stamps = Object.fromEntries(
      Object.entries(mutation.stamps).map(([field, stamp]) => [field, hubStamp(stamp, current?.state.stamps[field], this.clock.nowMs, this.clock.clockWindowMs)]),
    );
    const merged = mergeWrite(TABLE_MERGE[table], current?.state, { op: mutation.op, patch, stamps, deviceId: mutation.deviceId, base: mutation.base });
    if (merged.kind === 'refused') return this.reject(raw, seq, merged.reason, mutation);

    const fields = { ...merged.state.fields, id };
    const valid = tableSchema(table).safeParse(fields);
    if (!valid.success) {
      const { path, message } = describeZodError(valid.error);
      return this.reject(raw, seq, `${table} ${id} would not be a valid record: ${path}: ${message}`, mutation);
    }
    const { owners, parentDeal } = ownersOf(this.cache, table, fields);
    if (broker !== undefined) {
      const refusal = refuseAfterMerge(broker, table, id, scopeOf(this.cache, table, fields, owners));
      if (refusal) return this.reject(raw, seq, refusal, mutation);
    }

    this.conflicts.push(...merged.conflicts.map((entry) => ({ ...entry, table, recordId: id })));
    if (merged.changed) {
      const wasDeleted = current?.state.deleted === 1;
      this.stage({
        table,
        id,
        state: { ...merged.state, fields },
        version: current?.version ?? 0,
        scope: current?.scope ?? null,
        owners,
        parentDeal,
        deletedAtMs: merged.state.deleted === 1 ? (wasDeleted ? (current?.deletedAtMs ?? this.clock.nowMs) : this.clock.nowMs) : null,
      });
    }
    return { status: 'applied', conflicts: merged.conflicts.length };
  }

  /**
   * Number every changed record after `fromVersion` (the locked counter's value), move the
   * records whose scope changed with them, and write it all. Returns the newest version.
   */
  async commit(fromVersion: number): Promise<number> {
    await this.restageDependents();
    let version = fromVersion;
    const rows = [...this.staged.values()];
    const exits: ScopeExit[] = [];
    for (const row of rows) {
      row.version = ++version;
      row.scope = scopeOf(this.cache, row.table, row.state.fields, row.owners);
      const before = this.cache.storedRow(row)?.scope;
      for (const brokerId of before ?? []) {
        if (row.scope && !row.scope.includes(brokerId)) exits.push({ brokerId, table: row.table, id: row.id, version: row.version });
      }
    }
    await saveRecords(this.tx, rows);
    await saveScopeExits(this.tx, exits, this.clock.nowMs);
    await saveConflicts(this.tx, this.conflicts, this.clock.nowMs);
    await saveRejections(this.tx, this.rejections, this.clock.nowMs);
    return version;
  }

  /** Checked once, whether by `prefetch` or by `apply`. */
  private check(raw: unknown): CheckedMutation {
    let checked = this.checked.get(raw);
    if (!checked) {
      checked = checkMutation(raw, this.writer.deviceId);
      this.checked.set(raw, checked);
    }
    return checked;
  }

  private stage(row: RecordRow): void {
    this.cache.set(row);
    this.staged.set(keyOf(row), row);
  }

  private reject(raw: unknown, seq: number | undefined, reason: string, mutation?: Mutation): WriteOutcome {
    if (seq !== undefined) {
      this.rejections.push({ deviceId: this.writer.deviceId, seq, table: mutation?.table ?? null, recordId: mutation?.id ?? null, reason, mutation: raw });
    }
    return { status: 'rejected', reason };
  }

  /**
   * A customer given to another broker, or a deal whose customers changed, changes who may see
   * the records hanging off it: give those records a new version (and, at commit, the brokers who
   * lose them a "remove locally" notice). Only records the hub already had can have dependents: a
   * device writes a record before what hangs off it, and the hub applies each device in order.
   */
  private async restageDependents(): Promise<void> {
    const movedCustomers: string[] = [];
    const changedDeals: string[] = [];
    for (const row of this.staged.values()) {
      const stored = this.cache.storedRow(row);
      if (!stored) continue;
      if (row.table === 'customers' && stored.state.fields.brokerId !== row.state.fields.brokerId) movedCustomers.push(row.id);
      if (row.table === 'deals' && !sameList(stored.owners, row.owners)) changedDeals.push(row.id);
    }
    const dependents = (await loadDependents(this.tx, movedCustomers, changedDeals)).filter((row) => !this.staged.has(keyOf(row)));
    this.cache.adopt(dependents);
    await this.cache.load(dependents.flatMap((row) => referencedKeys(row.table, row.state.fields)));
    for (const dependent of dependents) {
      const row = this.cache.get(dependent)!;
      const { owners, parentDeal } = ownersOf(this.cache, row.table, row.state.fields);
      if (!sameList(owners, row.owners) || !sameList(scopeOf(this.cache, row.table, row.state.fields, owners), row.scope)) {
        this.stage({ ...row, owners, parentDeal });
      }
    }
  }
}
