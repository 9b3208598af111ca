import type { Page } from 'playwright-core';

/** A record as the store keeps it: the model's fields plus `meta` (stamps, tombstone). */
export type Stored<T> = T & { meta?: unknown };

/** The record without its store bookkeeping, as the model (and shared/ code) takes it. */
export const withoutMeta = <T,>({ meta: _meta, ...record }: Stored<T>): T => record as T;

/** Every row of these object stores of a book, read in the page straight from its IndexedDB (the app's own database). */
export async function readStoredRecords<K extends string>(page: Page, database: string, stores: readonly K[]): Promise<Record<K, unknown[]>> {
  return page.evaluate(
    ({ name, storeNames }) =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const read = (store: string) =>
            new Promise<unknown[]>((ok, fail) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => ok(request.result);
              request.onerror = () => fail(request.error);
            });
          Promise.all(storeNames.map(read)).then((rows) => {
            db.close();
            resolve(Object.fromEntries(storeNames.map((store, i) => [store, rows[i]])) as Record<string, unknown[]>);
          }, reject);
        };
      }),
    { name: database, storeNames: [...stores] as string[] },
  ) as Promise<Record<K, unknown[]>>;
}
