import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Mutation, OutboxBatch } from '../../../../shared/sync/mutation';
import { BookDatabase } from '../../../../renderer/src/data/bookDatabase';
import { bookDatabaseName, openBook, type Book, type BookName, type Draft } from '../../../../renderer/src/data';

/** A fresh, private IndexedDB per test: no state leaks between tests. */
export function freshIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export type IndexedDb = ReturnType<typeof freshIndexedDb>;

export const T0 = Date.UTC(2026, 10, 23, 1, 30);

/** Opens a book on `idb` with a wall clock pinned at T0 so stamps are predictable. */
export function openTestBook(idb: IndexedDb, name: BookName = 'main'): Promise<Book> {
  return openBook(name, { ...idb, wallClock: () => T0 });
}

/** A second connection to the same database, to look at raw rows (tombstones, outbox) as stored. */
export async function rawView(idb: IndexedDb, name: BookName = 'main'): Promise<BookDatabase> {
  const db = new BookDatabase(bookDatabaseName(name), idb);
  await db.open();
  return db;
}

/** Every mutation in the outbox, in row order. */
export async function outboxMutations(idb: IndexedDb, name: BookName = 'main'): Promise<Mutation[]> {
  const db = await rawView(idb, name);
  try {
    const batches: OutboxBatch[] = await db.outbox.toArray();
    return batches.flatMap((batch) => batch.mutations);
  } finally {
    db.close();
  }
}

export const SELLER_ID = '01937a3c-1d2e-7f00-8a00-000000000001';
export const BUYER_ID = '01937a3c-1d2e-7f00-8a00-000000000002';

export function offerDraft(overrides: Partial<Draft<'offers'>> = {}): Draft<'offers'> {
  return {
    sellerId: SELLER_ID,
    category: 'rebar',
    grade: 'HRB400E',
    spec: { text: 'Φ20*9m', dims: [20, 9000] },
    brand: '沙钢',
    warehouse: '乐从钢铁世界',
    availableKg: 32_000,
    weighing: 'theoretical',
    priceFenPerTon: 352_000,
    taxIncluded: true,
    validUntil: '2026-11-30',
    status: 'open',
    postedAt: '2026-11-23T09:30:00+08:00',
    ...overrides,
  };
}

export function dealDraft(overrides: Partial<Draft<'deals'>> = {}): Draft<'deals'> {
  return {
    number: 'ZH-20261123-001',
    buyerId: BUYER_ID,
    sellerId: SELLER_ID,
    brokerId: 'broker-zhang',
    dealOn: '2026-11-23',
    lines: [
      {
        category: 'rebar',
        grade: 'HRB400E',
        spec: { text: 'Φ20*9m', dims: [20, 9000] },
        weightKg: 30_000,
        weighing: 'theoretical',
        priceFenPerTon: 355_000,
      },
    ],
    delivery: { method: 'pickup', warehouse: '乐从钢铁世界', from: '2026-11-24', to: '2026-11-26' },
    payment: { method: 'cash_before_delivery' },
    tolerancePerMille: 3,
    objectionDays: 7,
    commission: { kind: 'per_ton', fenPerTon: 1_000 },
    status: 'draft',
    needsApproval: false,
    printCount: 0,
    ...overrides,
  };
}

export function contactLogDraft(overrides: Partial<Draft<'contactLogs'>> = {}): Draft<'contactLogs'> {
  return {
    customerId: BUYER_ID,
    brokerId: 'broker-zhang',
    at: '2026-11-23T10:00:00+08:00',
    channel: 'phone',
    summary: '问螺纹钢 HRB400E Φ20 价格',
    nextFollowUpOn: '2026-11-25',
    ...overrides,
  };
}
