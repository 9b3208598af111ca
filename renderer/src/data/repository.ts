import Dexie from 'dexie';
import { uuidv7 } from '../../../shared/ids/uuidv7';
import { TABLE_MERGE, type RecordMeta, type Stored, type TableName, type TableRecord } from '../../../shared/model';
import type { HybridClock } from '../../../shared/sync/hlc';
import { jsonEqual } from '../../../shared/sync/jsonEqual';
import { DELETED_FIELD, type Mutation } from '../../../shared/sync/mutation';
import type { BookDatabase } from './bookDatabase';
import { toOutboxBatches } from './outboxBatches';
import { checkRecord } from './recordValidation';
import { StoreValidationError, WriteRefusedError, type RecordIssue } from './storeErrors';
import { WRITE_RULES, type Refusal, type TableWriteRules, type WriteRuleBook } from './writeRules';
import { sanctionWrites } from './writeGuard';
import { writeSessionOf, type WriteSession } from './writeSession';

/** A new record: its fields, and an id only when the caller already has one (else a UUIDv7). */
export type Draft<T extends TableName> = Omit<TableRecord<T>, 'id'> & { id?: string };
/** Fields to change. A key set to `undefined` clears an optional field. */
export type Patch<T extends TableName> = Partial<Omit<TableRecord<T>, 'id'>>;
/** A record as the store holds it: domain fields plus `meta`. */
export type StoredRecord<T extends TableName> = Stored<TableRecord<T>>;

type Fields = Record<string, unknown>;

/**
 * THE write path of a book. Every call validates with the table's zod schema before writing,
 * then in one Dexie transaction writes the record(s) with `meta` (per-field HLC stamps, device,
 * tombstone) and appends the numbered outbox mutation(s). Either all of it is stored or nothing.
 *
 * In the outbox, a cleared optional field travels as `null` in the mutation's `patch`.
 */
export class Repository {
  constructor(
    private readonly db: BookDatabase,
    private readonly clock: HybridClock,
    private readonly rules: WriteRuleBook = WRITE_RULES,
    private readonly newId: () => string = uuidv7,
  ) {}

  /** The device this repository stamps its writes with. */
  get deviceId(): string {
    return this.clock.deviceId;
  }

  /** Creates one record. Refused (nothing written) if it fails its schema or its id exists. */
  async create<T extends TableName>(table: T, draft: Draft<T>): Promise<StoredRecord<T>> {
    const [stored] = await this.createMany(table, [draft]);
    return stored!;
  }

  /**
   * Creates many records in one transaction, their mutations numbered consecutively and batched
   * into few outbox rows. If any draft fails its schema, the error lists the failing rows
   * (`offers[12].priceFenPerTon: ...`) and nothing is written.
   */
  async createMany<T extends TableName>(table: T, drafts: readonly Draft<T>[]): Promise<StoredRecord<T>[]> {
    const records = this.checkDrafts(table, drafts);
    if (records.length === 0) return [];
    const rules = this.rulesOf(table);
    if (rules.create) records.forEach((record, row) => this.enforce(table, row, rules.create!(record)));
    return this.write(table, async (session) => {
      const firstSeq = await session.reserve(records.length);
      // One call is one event: every record of it carries the same stamp.
      const hlc = session.stamp();
      const metaOf = sharedMetas(this.meta({}, hlc, 0));
      const stored: StoredRecord<T>[] = [];
      const mutations: Mutation[] = [];
      for (const record of records) {
        const { id, ...fields } = record as Fields & { id: string };
        const meta = metaOf(fields);
        stored.push({ ...record, meta });
        mutations.push(this.mutation(firstSeq + mutations.length, table, id, 'put', fields, meta.stamps, hlc));
      }
      await Promise.all([
        explainClash(table, this.db.dataTable(table).bulkAdd(stored)),
        this.db.outbox.bulkAdd(toOutboxBatches(mutations)),
        session.save(),
      ]);
      return stored;
    });
  }

  /**
   * Changes fields of a live record, stamping only the fields whose value changes. Refuses an
   * unknown or deleted id, an append-only table, a patch that makes the record invalid, and what
   * the table's write rules forbid. A patch that changes nothing writes nothing.
   */
  async update<T extends TableName>(table: T, id: string, patch: Patch<T>): Promise<StoredRecord<T>> {
    this.refuseIfAppendOnly(table, id, 'updated');
    return this.write(table, async (session) => {
      const current = await this.liveRecord(table, id);
      const { meta, ...fields } = current as StoredRecord<T> & Fields;
      const checked = checkRecord(table, `id ${id}`, withoutUndefined({ ...fields, ...patch, id }));
      if (!checked.ok) throw new StoreValidationError(checked.issues);
      const next = checked.record as TableRecord<T> & Fields;
      const changed = changedFields(fields, next);
      if (changed.length === 0) return current;
      this.enforce(table, `id ${id}`, this.rulesOf(table).update?.(current, next, changed));

      const seq = await session.reserve(1);
      const hlc = session.stamp();
      const stamps = { ...meta.stamps };
      const patchOut: Fields = {};
      const patchStamps: Record<string, string> = {};
      for (const field of changed) {
        stamps[field] = patchStamps[field] = hlc;
        patchOut[field] = field in next ? next[field] : null;
      }
      const stored = { ...next, meta: this.meta(stamps, hlc, 0) } as StoredRecord<T>;
      const mutation = this.mutation(seq, table, id, 'put', patchOut, patchStamps, hlc, seenStamps(meta, changed));
      await this.append(stored, mutation, session);
      return stored;
    });
  }

  /**
   * Deletes a record by tombstone: its fields stay, `meta.deleted` becomes 1, reads stop
   * returning it and the outbox carries a `delete`. Refuses unknown or already deleted ids and
   * append-only tables.
   */
  async remove<T extends TableName>(table: T, id: string): Promise<void> {
    this.refuseIfAppendOnly(table, id, 'removed');
    await this.write(table, async (session) => {
      const current = await this.liveRecord(table, id);
      this.enforce(table, `id ${id}`, this.rulesOf(table).remove?.(current));
      const seq = await session.reserve(1);
      const hlc = session.stamp();
      const stamps = { ...current.meta.stamps, [DELETED_FIELD]: hlc };
      const tombstone = { ...current, meta: this.meta(stamps, hlc, 1) };
      const base = seenStamps(current.meta, [DELETED_FIELD]);
      await this.append(tombstone, this.mutation(seq, table, id, 'delete', {}, { [DELETED_FIELD]: hlc }, hlc, base), session);
    });
  }

  /**
   * Runs several repository calls as one transaction: all of them are stored, or none. `tables`
   * lists every data table the calls write. Inside `work`, await only repository calls and
   * reads (IndexedDB ends a transaction that waits on anything else, e.g. a timer or fetch).
   */
  atomically<R>(tables: readonly TableName[], work: () => Promise<R>): Promise<R> {
    return this.db.transaction('rw', [...tables, 'outbox', 'syncState'], async (transaction) => {
      sanctionWrites(transaction);
      return work();
    });
  }

  // The scope functions are `async` on purpose: Dexie keeps a transaction across native `await`
  // only when the function it was given is itself async.
  private write<R>(table: TableName, body: (session: WriteSession) => Promise<R>): Promise<R> {
    return this.db.transaction('rw', [table, 'outbox', 'syncState'], async (transaction) => {
      sanctionWrites(transaction);
      return body(writeSessionOf(transaction, this.db.syncState, this.clock));
    });
  }

  private async append<T extends TableName>(stored: StoredRecord<T>, mutation: Mutation, session: WriteSession): Promise<void> {
    await Promise.all([
      this.db.dataTable(mutation.table).put(stored as never),
      this.db.outbox.add({ firstSeq: mutation.seq, lastSeq: mutation.seq, mutations: [mutation] }),
      session.save(),
    ]);
  }

  private checkDrafts<T extends TableName>(table: T, drafts: readonly Draft<T>[]): TableRecord<T>[] {
    const records: TableRecord<T>[] = [];
    const issues: RecordIssue[] = [];
    drafts.forEach((draft, row) => {
      const checked = checkRecord(table, row, { ...draft, id: draft.id ?? this.newId() });
      if (checked.ok) records.push(checked.record);
      else issues.push(...checked.issues);
    });
    if (issues.length > 0) throw new StoreValidationError(issues);
    return records;
  }

  private async liveRecord<T extends TableName>(table: T, id: string): Promise<StoredRecord<T>> {
    const current = await this.db.dataTable(table).get(id);
    if (!current || current.meta.deleted === 1) throw new WriteRefusedError(table, `id ${id}`, 'no such record (unknown id or deleted)');
    return current;
  }

  private refuseIfAppendOnly(table: TableName, id: string, verb: string): void {
    if (TABLE_MERGE[table] === 'appendOnly') {
      throw new WriteRefusedError(table, `id ${id}`, `${table} is append-only: a record is never ${verb}, add a new one instead`);
    }
  }

  private rulesOf<T extends TableName>(table: T): TableWriteRules<T> {
    return (this.rules[table] ?? {}) as TableWriteRules<T>;
  }

  private enforce(table: TableName, row: number | string, refusal: Refusal): void {
    if (refusal !== undefined) throw new WriteRefusedError(table, row, refusal);
  }

  private meta(stamps: Record<string, string>, hlc: string, deleted: 0 | 1): RecordMeta {
    return { stamps, hlc, deviceId: this.clock.deviceId, deleted };
  }

  private mutation(
    seq: number,
    table: TableName,
    id: string,
    op: Mutation['op'],
    patch: Fields,
    stamps: Record<string, string>,
    hlc: string,
    base: Record<string, string> = {},
  ): Mutation {
    const mutation: Mutation = { seq, table, id, op, patch, stamps, hlc, deviceId: this.clock.deviceId };
    return Object.keys(base).length > 0 ? { ...mutation, base } : mutation;
  }
}

/**
 * The `meta` of each new record of one call: `template` with every field stamped. Records with
 * the same fields share one frozen meta, so a bulk import builds a handful of stamp objects, not
 * one per record, and V8 writes a shared one once per outbox row instead of once per mutation.
 */
function sharedMetas(template: RecordMeta): (fields: Fields) => RecordMeta {
  const byFieldSet = new Map<string, RecordMeta>();
  return (fields) => {
    const fieldSet = Object.keys(fields).join();
    let meta = byFieldSet.get(fieldSet);
    if (!meta) {
      const stamps: Record<string, string> = {};
      for (const field in fields) stamps[field] = template.hlc;
      meta = Object.freeze({ ...template, stamps: Object.freeze(stamps) });
      byFieldSet.set(fieldSet, meta);
    }
    return meta;
  };
}

/**
 * The stamps of the values a write replaces, as this device saw them: the mutation's `base`, which
 * tells the hub this was an informed edit rather than a concurrent one (no conflict to log).
 */
function seenStamps(meta: RecordMeta, fields: readonly string[]): Record<string, string> {
  const base: Record<string, string> = {};
  for (const field of fields) if (meta.stamps[field] !== undefined) base[field] = meta.stamps[field];
  return base;
}

function changedFields(before: Fields, after: Fields): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((field) => !jsonEqual(before[field], after[field]));
}

function withoutUndefined(record: Fields): Fields {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Turns IndexedDB's ConstraintError (id or unique index taken) into a refusal naming the row. */
async function explainClash(table: TableName, write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const [row, cause] = Object.entries(error.failuresByPos)[0]!;
    throw new WriteRefusedError(table, Number(row), `clashes with a stored record (same id or unique field): ${cause.message}`);
  }
}
