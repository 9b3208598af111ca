import { describe, expect, it } from 'vitest';
import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { LOAD_CHUNK_SIZE, loadBookContents, type LoadProgress } from '../../../../../renderer/src/features/settings/loadBookContents';

/** A repository stand-in that records each createMany call as `table:count`. */
function recordingRepository(failOn?: string) {
  const calls: string[] = [];
  return {
    calls,
    createMany: async (table: string, drafts: readonly unknown[]): Promise<never[]> => {
      if (table === failOn) throw new Error(`${table}[0].name: must not be empty`);
      calls.push(`${table}:${drafts.length}`);
      return [];
    },
  };
}

const many = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `n${i}` }));

describe('loadBookContents', () => {
  const contents = { offers: many(LOAD_CHUNK_SIZE * 2 + 1), customers: many(3), brokers: many(1) } as unknown as BookContents;

  it('writes table by table (brokers, customers, ..., offers), in chunks of LOAD_CHUNK_SIZE', async () => {
    const repository = recordingRepository();
    await loadBookContents(repository , contents, () => {});
    expect(repository.calls).toEqual(['brokers:1', 'customers:3', `offers:${LOAD_CHUNK_SIZE}`, `offers:${LOAD_CHUNK_SIZE}`, 'offers:1']);
  });

  it('reports progress from zero to the total after every chunk', async () => {
    const reports: LoadProgress[] = [];
    await loadBookContents(recordingRepository() , contents, (progress) => reports.push(progress));
    const total = 1 + 3 + LOAD_CHUNK_SIZE * 2 + 1;
    expect(reports).toEqual([
      { done: 0, total },
      { done: 1, total },
      { done: 4, total },
      { done: 4 + LOAD_CHUNK_SIZE, total },
      { done: 4 + LOAD_CHUNK_SIZE * 2, total },
      { done: total, total },
    ]);
  });

  it('stops at the first refused chunk with the repository’s error', async () => {
    const repository = recordingRepository('customers');
    await expect(loadBookContents(repository , contents, () => {})).rejects.toThrow('customers[0].name: must not be empty');
    expect(repository.calls).toEqual(['brokers:1']);
  });
});
