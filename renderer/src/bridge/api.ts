import { WINDOW_API_KEY, type SteelDeskApi } from '../../../shared/ipc/steelDeskApi';
import { browserPrinting } from './browserPrinting';
import { createWebBridge } from './webBridge';

export type { SteelDeskApi, Unsubscribe } from '../../../shared/ipc/steelDeskApi';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    readonly steeldesk?: SteelDeskApi;
  }
}

let webBridge: SteelDeskApi | undefined;

/**
 * The workstation API: `window.steeldesk` when running in Electron, otherwise the web bridge
 * (created once per page). Both implement the same contract, so features never ask which.
 */
export function getApi(): SteelDeskApi {
  const exposed = window[WINDOW_API_KEY];
  if (exposed !== undefined) return exposed;
  if (navigator.userAgent.includes('Electron/')) {
    // A missing preload in the desktop app is a packaging bug; the web bridge would hide it behind localStorage.
    throw new Error(`window.${WINDOW_API_KEY} is missing: the Electron preload did not load`);
  }
  webBridge ??= createWebBridge({
    storage: window.localStorage,
    window,
    fetch: (url, init) => window.fetch(url, init),
    // Defined by the Vite build from package.json; absent when the renderer runs outside it (unit tests).
    version: import.meta.env.VITE_APP_VERSION ?? 'dev',
    platform: navigator.platform,
    printing: browserPrinting(window),
  });
  return webBridge;
}
