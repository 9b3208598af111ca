/** Records in the order the app reads a table from IndexedDB: by primary key (UUIDv7 ids, creation time). */
function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A book of generated tables as the app's engines receive it: each table in IndexedDB's order and
 * structured-cloned (as reading IndexedDB and `postMessage` to a worker do), so objects lie in
 * memory in the order they are read and ids are plain strings, not the generator's.
 */
export function asTheAppReadsIt<B extends Record<string, unknown>>(tables: B): B {
  const ordered = Object.fromEntries(
    Object.entries(tables).map(([name, value]) => [name, Array.isArray(value) && value.every((record) => typeof record?.id === 'string') ? byId(value) : value]),
  );
  return structuredClone(ordered) as B;
}
