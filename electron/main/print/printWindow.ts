import { BrowserWindow } from 'electron';
import { secureWebPreferences } from '../security/webPreferences';

export interface PrintWindowOptions {
  /** Path of the bundled preload script (the print page signals main through it). */
  readonly preload: string;
  /** The print route on the app:// origin. */
  readonly url: string;
}

/**
 * A hidden window that lays out one confirmation for the printer: the same hardened preferences
 * as the main window, never shown, no developer tools, and no navigation of any kind (it shows
 * the one route it was opened on), on top of what hardenWebContents does for every web contents.
 */
export function createPrintWindow({ preload, url }: PrintWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1300,
    // Lay out and load fonts although never shown (Electron's default, stated because printing depends on it).
    paintWhenInitiallyHidden: true,
    webPreferences: secureWebPreferences(preload, { devTools: false }),
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.loadURL(url).catch((error: unknown) => console.error(`SteelDesk: the print window could not load ${url}:`, error));
  return window;
}
