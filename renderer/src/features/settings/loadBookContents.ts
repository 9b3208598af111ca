import { TABLE_NAMES, type TableName } from '../../../../shared/model';
import type { Draft, Repository } from '../../data';
import type { BookContents } from '../../app/AppServices';

/** How far a load has got, in records. */
export interface LoadProgress {
  done: number;
  total: number;
}

/** Records per repository call: big enough to batch the outbox, small enough for a smooth progress bar. */
export const LOAD_CHUNK_SIZE = 1000;

/**
 * Writes `contents` into a book through the repository (so every record is validated and
 * stamped, with its outbox entries), table by table in `TABLE_NAMES` order, in chunks, and
 * reports progress after each chunk. A failing chunk stops the load with the repository's error.
 */
export async function loadBookContents(
  repository: Pick<Repository, 'createMany'>,
  contents: BookContents,
  onProgress: (progress: LoadProgress) => void,
): Promise<void> {
  const total = TABLE_NAMES.reduce((sum, table) => sum + (contents[table]?.length ?? 0), 0);
  let done = 0;
  onProgress({ done, total });
  async function loadTable<T extends TableName>(table: T, drafts: readonly Draft<T>[]) {
    for (let start = 0; start < drafts.length; start += LOAD_CHUNK_SIZE) {
      const chunk = drafts.slice(start, start + LOAD_CHUNK_SIZE);
      await repository.createMany(table, chunk);
      done += chunk.length;
      onProgress({ done, total });
    }
  }
  for (const table of TABLE_NAMES) await loadTable(table, contents[table] ?? []);
}
