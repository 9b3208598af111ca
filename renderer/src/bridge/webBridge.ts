import { dispatchInvoke, type IpcHandlers } from '../../../shared/ipc/dispatchInvoke';
import { isAllowedExternalUrl } from '../../../shared/ipc/externalLinks';
import { settingsHandlers } from '../../../shared/ipc/settingsHandlers';
import { buildSteelDeskApi, type SteelDeskApi } from '../../../shared/ipc/steelDeskApi';
import { createSettingsService, type SettingsStorage } from '../../../shared/settings/settingsService';
import type { BrowserPrinting } from './browserPrinting';
import { LocalEvents } from './localEvents';
import { webPrintHandlers } from './webPrintHandlers';

/** The localStorage key of the browser's settings. */
export const SETTINGS_STORAGE_KEY = 'steeldesk.settings';

export interface WebBridgeOptions {
  readonly storage: Storage;
  /** Opens external links and reports settings changed in other tabs (its `storage` events). */
  readonly window: Pick<Window, 'open' | 'addEventListener'>;
  readonly version: string;
  readonly platform: string;
  /** Printing through a print tab and the browser's print dialog. */
  readonly printing: BrowserPrinting;
}

/**
 * The window API for the renderer running in a plain browser: the same contract, validated by the
 * same dispatch as main, with settings kept in localStorage. A change made in another tab reaches
 * `onChanged` listeners too, as a change from another window does in Electron.
 */
export function createWebBridge({ storage, window, version, platform, printing }: WebBridgeOptions): SteelDeskApi {
  const events = new LocalEvents();
  const settings = createSettingsService(localSettingsStorage(storage));
  settings.onChanged((next) => events.emit('settings.changed', next));

  const handlers: IpcHandlers = {
    'app.info': () => ({ version, platform, shell: 'browser' }),
    ...settingsHandlers(settings),
    'shell.openExternal': (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    ...webPrintHandlers(printing),
  };

  window.addEventListener('storage', (event) => {
    if (event.storageArea === storage && event.key === SETTINGS_STORAGE_KEY) events.emit('settings.changed', settings.get());
  });

  return buildSteelDeskApi({
    invoke: (channel, args) => dispatchInvoke(handlers, channel, args),
    subscribe: (channel, listener) => events.on(channel, listener),
  });
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
