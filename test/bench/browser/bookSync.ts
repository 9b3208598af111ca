import Dexie from 'dexie';
import { createDemoContext, generateCustomers } from '../../../shared/demo';
import { createHttpHubTransport, requestPairing, type HubFetch } from '../../../shared/sync/httpHubTransport';
import type { HubTransport } from '../../../shared/sync/hubTransport';
import type { PairReply } from '../../../shared/sync/pairing';
import { SYNC_SCHEMA_VERSION } from '../../../shared/sync/schemaVersion';
import { deleteBook, openBook, syncBook, type Book } from '../../../renderer/src/data';
import { declareSchema } from '../../../renderer/src/data/schemaHistory';

export interface InitialSyncTimes {
  rows: number;
  syncMs: number;
  /** Time with a request to the hub in flight (it overlaps the saving of the previous page). */
  hubMs: number;
  rawMs: number;
}

export interface DaysEndTimes {
  mutations: number;
  pulled: number;
  totalMs: number;
  hubMs: number;
}

const RAW_DB = 'bench-raw-sync';
const pageFetch: HubFetch = (url, init) => fetch(url, init);
let session: { book: Book; transport: HubTransport } | undefined;

/** The transport, timing how long each request waits for the hub. */
function timed(transport: HubTransport, waited: { ms: number }): HubTransport {
  return {
    async send(endpoint, body) {
      const start = performance.now();
      try {
        return await transport.send(endpoint, body);
      } finally {
        waited.ms += performance.now() - start;
      }
    },
  };
}

/** Pairs a fresh main book with the hub, then times its first sync (everything from 0). */
async function benchInitialSync(hubUrl: string, pairingCode: string): Promise<InitialSyncTimes> {
  await deleteBook('main');
  const book = await openBook('main');
  const reply = await requestPairing(pageFetch, hubUrl, { schemaVersion: SYNC_SCHEMA_VERSION, code: pairingCode, deviceId: book.deviceId, deviceName: 'bench' });
  if (reply.status !== 201) throw new Error(`pairing failed: ${JSON.stringify(reply.body)}`);
  const paired = reply.body as PairReply;
  await book.sync.pair({ hub: paired.hub, account: paired.account, nextSeq: paired.nextSeq });
  const transport = createHttpHubTransport({ hubUrl, token: paired.token, fetch: pageFetch });
  session = { book, transport };

  const waited = { ms: 0 };
  const start = performance.now();
  const report = await syncBook(book, timed(transport, waited));
  const syncMs = performance.now() - start;
  if (report.outcome !== 'ok') throw new Error(`initial sync failed: ${JSON.stringify(report.error)}`);
  const rows = await book.read.query('offers').toArray();
  return { rows: report.pulled, syncMs, hubMs: waited.ms, rawMs: await rawBulkPut(rows) };
}

/** Raw baseline: one Dexie bulkPut of the same stored rows into a fresh database with the same schema. */
async function rawBulkPut(rows: readonly object[]): Promise<number> {
  await Dexie.delete(RAW_DB);
  const db = new Dexie(RAW_DB);
  declareSchema(db);
  await db.open();
  const start = performance.now();
  await db.table('offers').bulkPut(rows as object[]);
  const ms = performance.now() - start;
  db.close();
  await Dexie.delete(RAW_DB);
  return ms;
}

/**
 * A day's work on the synced book: half new customers (one import), half single price edits
 * (one outbox row each); then the timed sync pushes them and pulls them back.
 */
async function benchDaysEnd(mutations: number): Promise<DaysEndTimes> {
  if (!session) throw new Error('run benchInitialSync first');
  const { book, transport } = session;
  const customers = [...generateCustomers(createDemoContext({ customers: mutations / 2, seed: 17 }))];
  await book.repository.createMany('customers', customers);
  const offers = await book.read.query('offers').limit(mutations / 2).toArray();
  for (const offer of offers) await book.repository.update('offers', offer.id, { priceFenPerTon: offer.priceFenPerTon + 1_000 });

  const waited = { ms: 0 };
  const start = performance.now();
  const report = await syncBook(book, timed(transport, waited));
  const totalMs = performance.now() - start;
  if (report.outcome !== 'ok' || report.pushed !== mutations) throw new Error(`day's-end sync: ${JSON.stringify({ ...report, pulledByTable: undefined })}`);
  book.close();
  await deleteBook('main');
  return { mutations, pulled: report.pulled, totalMs, hubMs: waited.ms };
}

Object.assign(globalThis, { benchInitialSync, benchDaysEnd });
