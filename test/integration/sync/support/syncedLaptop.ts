import { openBook, syncBook, type Book, type SyncOptions } from '../../../../renderer/src/data';
import type { SyncReport } from '../../../../shared/sync/syncReport';
import type { DeviceAccount } from '../../../../shared/sync/device';
import { createHttpHubTransport, type HubFetch } from '../../../../shared/sync/httpHubTransport';
import type { HubTransport } from '../../../../shared/sync/hubTransport';
import type { PairReply } from '../../../../shared/sync/pairing';
import type { TestHub } from '../../hub/support/testHub';
import { freshIndexedDb, type IndexedDb } from '../../../unit/renderer/data/testBook';

/** Node's fetch, as the transport's injected slice of it. */
export const nodeFetch: HubFetch = (url, init) => fetch(url, init);

/** A laptop: a real Book over its own fake IndexedDB, paired with the test hub over HTTP. */
export interface SyncedLaptop {
  book: Book;
  idb: IndexedDb;
  token: string;
  transport: HubTransport;
  /** One sync with retries that do not sleep. */
  sync(options?: SyncOptions): Promise<SyncReport>;
  /** The same database opened again, as after the app restarted (e.g. after a crash). */
  reopen(): Promise<void>;
}

/** Opens a fresh book, pairs it for `account` (wall clock for its HLC) and returns it with an HTTP transport. */
export async function pairedLaptop(hub: TestHub, account: DeviceAccount, wallClock: () => number = Date.now): Promise<SyncedLaptop> {
  const idb = freshIndexedDb();
  const book = await openBook('main', { ...idb, wallClock });
  const reply = await hub.office.pair(await hub.office.pairingCode(account), book.deviceId);
  if (reply.status !== 201) throw new Error(`pairing failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  const paired = reply.body as PairReply;
  await book.sync.pair({ hub: paired.hub, account: paired.account, nextSeq: paired.nextSeq });
  const laptop: SyncedLaptop = {
    book,
    idb,
    token: paired.token,
    transport: createHttpHubTransport({ hubUrl: hub.url, token: paired.token, fetch: nodeFetch }),
    sync: (options) => syncBook(laptop.book, laptop.transport, { wait: async () => undefined, ...options }),
    async reopen() {
      laptop.book.close();
      laptop.book = await openBook('main', { ...idb, wallClock });
    },
  };
  return laptop;
}
