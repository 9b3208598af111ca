import { dispatchInvoke, type IpcHandlers } from '../../../shared/ipc/dispatchInvoke';
import { isAllowedExternalUrl } from '../../../shared/ipc/externalLinks';
import { createHubConnection, type SecretStore } from '../../../shared/ipc/hubConnection';
import { hubHandlers } from '../../../shared/ipc/hubHandlers';
import { settingsHandlers } from '../../../shared/ipc/settingsHandlers';
import { buildSteelDeskApi, type SteelDeskApi } from '../../../shared/ipc/steelDeskApi';
import { timedHubFetch, type SignalledFetch } from '../../../shared/ipc/timedHubFetch';
import { createSettingsService, type SettingsStorage } from '../../../shared/settings/settingsService';
import type { BrowserPrinting } from './browserPrinting';
import { LocalEvents } from './localEvents';
import { webPrintHandlers } from './webPrintHandlers';

/** The localStorage key of the browser's settings. */
export const SETTINGS_STORAGE_KEY = 'steeldesk.settings';

/**
 * The localStorage key of the hub pairing and its device token. A browser has no safeStorage, so
 * the token is only as safe as this origin's localStorage: fine for the web build and its tests,
 * while the desktop app keeps it encrypted in main and never lets the renderer see it.
 */
export const HUB_PAIRING_STORAGE_KEY = 'steeldesk.hubPairing';

const OFFICE_MODE_DESKTOP_ONLY = 'office mode runs only in the desktop app: the browser cannot host the office hub';

export interface WebBridgeOptions {
  readonly storage: Storage;
  /** Opens external links and reports settings changed in other tabs (its `storage` events). */
  readonly window: Pick<Window, 'open' | 'addEventListener'>;
  /** The browser's fetch, to call the office hub directly (the hub must allow this origin: CORS). */
  readonly fetch: SignalledFetch;
  readonly version: string;
  readonly platform: string;
  /** Printing through a print tab and the browser's print dialog. */
  readonly printing: BrowserPrinting;
}

/**
 * The window API for the renderer running in a plain browser: the same contract, validated by the
 * same dispatch as main, with settings and the hub pairing kept in localStorage, and the hub called
 * with `fetch`. A change made in another tab reaches the listeners too, as a change from another
 * window does in Electron. Office mode needs the desktop app.
 */
export function createWebBridge({ storage, window, fetch, version, platform, printing }: WebBridgeOptions): SteelDeskApi {
  const events = new LocalEvents();
  const settings = createSettingsService(localSettingsStorage(storage));
  settings.onChanged((next) => events.emit('settings.changed', next));
  const hub = createHubConnection({ secrets: localSecret(storage, HUB_PAIRING_STORAGE_KEY), fetch: timedHubFetch(fetch), now: () => new Date() });
  hub.onChanged((pairing) => events.emit('hub.pairingChanged', pairing));
  const desktopOnly = () => Promise.reject(new Error(OFFICE_MODE_DESKTOP_ONLY));

  const handlers: IpcHandlers = {
    'app.info': () => ({ version, platform, shell: 'browser' }),
    ...settingsHandlers(settings),
    'shell.openExternal': (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    ...hubHandlers(hub),
    'office.status': () => ({ state: 'unavailable' }),
    'office.createBroker': desktopOnly,
    'office.createPairingCode': desktopOnly,
    'office.devices': desktopOnly,
    'office.revokeDevice': desktopOnly,
    ...webPrintHandlers(printing),
  };

  window.addEventListener('storage', (event) => {
    if (event.storageArea !== storage) return;
    if (event.key === SETTINGS_STORAGE_KEY) events.emit('settings.changed', settings.get());
    if (event.key === HUB_PAIRING_STORAGE_KEY) events.emit('hub.pairingChanged', hub.pairing());
  });

  return buildSteelDeskApi({
    invoke: (channel, args) => dispatchInvoke(handlers, channel, args),
    subscribe: (channel, listener) => events.on(channel, listener),
  });
}

function localSecret(storage: Storage, key: string): SecretStore {
  return {
    read: () => storage.getItem(key) ?? undefined,
    write: (text) => storage.setItem(key, text),
    remove: () => storage.removeItem(key),
    // localStorage is all a browser offers (see HUB_PAIRING_STORAGE_KEY); nothing safer to insist on.
    assertSafe: () => undefined,
  };
}

function localSettingsStorage(storage: Storage): SettingsStorage {
  return {
    read: () => {
      const text = storage.getItem(SETTINGS_STORAGE_KEY);
      if (text === null) return undefined;
      try {
        return JSON.parse(text);
      } catch {
        return undefined;
      }
    },
    write: (settings) => storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(settings)),
  };
}
