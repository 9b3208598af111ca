import Dexie from 'dexie';
import { createDemoContext } from '../../../shared/demo/context';
import { generateOffers } from '../../../shared/demo/offers';
import type { Offer } from '../../../shared/model';
import { deleteBook, openBook } from '../../../renderer/src/data';
import { declareSchema } from '../../../renderer/src/data/schemaHistory';

/** Wall-clock milliseconds of each import, per round. */
export interface StoreImportTimes {
  rows: number;
  rawMs: number[];
  repositoryMs: number[];
}

const RAW_DB = 'bench-raw-offers';

/** Raw baseline: one Dexie `bulkPut` of the rows into a fresh database with the same offers indexes. */
async function rawImport(offers: readonly Offer[]): Promise<number> {
  await Dexie.delete(RAW_DB);
  const db = new Dexie(RAW_DB);
  declareSchema(db);
  await db.open();
  const start = performance.now();
  await db.table('offers').bulkPut(offers as Offer[]);
  const ms = performance.now() - start;
  db.close();
  await Dexie.delete(RAW_DB);
  return ms;
}

/** The same rows through the repository: validation, stamps, records and outbox in one transaction. */
async function repositoryImport(offers: readonly Offer[]): Promise<number> {
  await deleteBook('main');
  const book = await openBook('main');
  const start = performance.now();
  await book.repository.createMany('offers', offers);
  const ms = performance.now() - start;
  if ((await book.outbox.size()) !== offers.length) throw new Error('outbox does not hold one mutation per offer');
  book.close();
  await deleteBook('main');
  return ms;
}

/**
 * Imports `rows` demo offers `rounds` times each way, alternating which goes first so neither
 * always runs on a warmer (or more fragmented) browser.
 */
async function benchStoreImport(rows: number, rounds: number): Promise<StoreImportTimes> {
  const offers = [...generateOffers(createDemoContext({ offers: rows }), rows)];
  const times: StoreImportTimes = { rows, rawMs: [], repositoryMs: [] };
  for (let round = 0; round < rounds; round++) {
    const rawFirst = round % 2 === 0;
    if (rawFirst) times.rawMs.push(await rawImport(offers));
    times.repositoryMs.push(await repositoryImport(offers));
    if (!rawFirst) times.rawMs.push(await rawImport(offers));
  }
  return times;
}

Object.assign(globalThis, { benchStoreImport });
