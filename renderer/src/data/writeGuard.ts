import type Dexie from 'dexie';
import type { DBCoreTransaction, Transaction } from 'dexie';
import { TABLE_NAMES } from '../../../shared/model';
import { WriteRefusedError } from './storeErrors';

/** Tables only the data layer writes: the synced records, the outbox and the sync state. */
const GUARDED_TABLES: ReadonlySet<string> = new Set<string>([...TABLE_NAMES, 'outbox', 'syncState']);

/** IndexedDB transactions opened by the data layer's own write paths. */
const sanctioned = new WeakSet<object>();

/**
 * Lets the writes of `transaction` through the guard. Only the data layer's write paths
 * (repository, outbox acknowledgement, device identity) call this, first thing in their transaction.
 */
export function sanctionWrites(transaction: Transaction): void {
  sanctioned.add(transaction.idbtrans);
}

/**
 * A Dexie middleware that refuses every write to a guarded table unless it runs in a sanctioned
 * transaction (or a schema upgrade). It is what makes "every write goes through the repository"
 * true at run time: `table.put`, `bulkPut`, `Collection.modify/delete` on a guarded table all
 * fail with `WriteRefusedError` when called from anywhere else.
 */
export function installWriteGuard(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'repositoryWriteGuard',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (!GUARDED_TABLES.has(tableName)) return table;
        return {
          ...table,
          mutate: (request) =>
            isAllowed(request.trans)
              ? table.mutate(request)
              : Promise.reject(new WriteRefusedError(tableName, undefined, 'writes go through the repository (renderer/src/data)')),
        };
      },
    }),
  });
}

function isAllowed(transaction: DBCoreTransaction): boolean {
  return sanctioned.has(transaction) || (transaction as Partial<IDBTransaction>).mode === 'versionchange';
}
