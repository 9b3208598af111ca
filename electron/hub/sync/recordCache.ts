import type { TableName } from '../../../shared/model/tables';
import { ownershipOf } from '../../../shared/sync/scope';
import type { Queryable } from '../db/database';
import { keyOf, loadRecords, type RecordKey, type RecordRow } from '../store/records';

/** The records a record's scope depends on: the customers it hangs off and its deal. */
export function referencedKeys(table: TableName, fields: Record<string, unknown>): RecordKey[] {
  const { customerIds, dealId } = ownershipOf(table, fields);
  const keys: RecordKey[] = customerIds.map((id) => ({ table: 'customers', id }));
  if (dealId) keys.push({ table: 'deals', id: dealId });
  return keys;
}

/**
 * The records one write transaction works on: loaded in bulk before the batch is applied, then
 * read and replaced in memory while mutations apply, and remembered as stored so the commit can
 * tell what changed.
 */
export class RecordCache {
  private readonly current = new Map<string, RecordRow | null>();
  private readonly stored = new Map<string, RecordRow>();

  constructor(private readonly q: Queryable) {}

  /** Load these records and, transitively, the customers and deals their scope depends on. */
  async load(keys: readonly RecordKey[]): Promise<void> {
    let pending = this.missing(keys);
    while (pending.length > 0) {
      for (const key of pending) this.current.set(keyOf(key), null);
      const rows = await loadRecords(this.q, pending);
      for (const row of rows) this.remember(row);
      pending = this.missing(rows.flatMap((row) => referencedKeys(row.table, row.state.fields)));
    }
  }

  /** Take rows read by another query; rows already known keep their (possibly newer) state. */
  adopt(rows: readonly RecordRow[]): void {
    for (const row of rows) if (!this.current.get(keyOf(row))) this.remember(row);
  }

  get(key: RecordKey): RecordRow | undefined {
    return this.current.get(keyOf(key)) ?? undefined;
  }

  /** The record as the database holds it, before this transaction. */
  storedRow(key: RecordKey): RecordRow | undefined {
    return this.stored.get(keyOf(key));
  }

  set(row: RecordRow): void {
    this.current.set(keyOf(row), row);
  }

  private remember(row: RecordRow): void {
    this.current.set(keyOf(row), row);
    this.stored.set(keyOf(row), row);
  }

  private missing(keys: readonly RecordKey[]): RecordKey[] {
    const seen = new Set<string>();
    return keys.filter((key) => {
      const k = keyOf(key);
      if (this.current.has(k) || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
}
