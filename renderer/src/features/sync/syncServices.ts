import type { SteelDeskApi } from '../../bridge/api';
import { acceptHubChange, syncBook, type Book } from '../../data';
import type { HubTransport } from '../../../../shared/sync/hubTransport';
import type { SyncProgress, SyncReport } from '../../../../shared/sync/syncReport';

/** What a sync run reports while it goes. */
export type OnSyncProgress = (progress: SyncProgress) => void;

/**
 * The office hub as the renderer reaches it: pairing (`hub`), office mode (`office`) and the sync
 * engine over the workstation's transport. `main.tsx` wires the real ones; tests pass fakes.
 */
export interface SyncServices {
  readonly hub: SteelDeskApi['hub'];
  readonly office: SteelDeskApi['office'];
  /** One sync of the book (never throws: the report says how it went). */
  syncBook(book: Book, onProgress: OnSyncProgress): Promise<SyncReport>;
  /** The user's answer to a hub change: follow the hub as it is now, then sync. */
  acceptHubChange(book: Book, onProgress: OnSyncProgress): Promise<SyncReport>;
}

/** The real services over the workstation API (resolved on each call, like the settings port). */
export function bridgeSyncServices(api: () => SteelDeskApi): SyncServices {
  // The engine speaks to the hub through main (Electron, token in safeStorage) or the web bridge.
  const transport: HubTransport = { send: (endpoint, body) => api().hub.send(endpoint, body as Record<string, unknown>) };
  return {
    get hub() {
      return api().hub;
    },
    get office() {
      return api().office;
    },
    syncBook: (book, onProgress) => syncBook(book, transport, { onProgress }),
    acceptHubChange: (book, onProgress) => acceptHubChange(book, transport, { onProgress }),
  };
}
