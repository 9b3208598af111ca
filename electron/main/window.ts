import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { secureWebPreferences } from './security/webPreferences';

export interface MainWindowOptions {
  /** Path of the bundled preload script. */
  readonly preload: string;
  /** Developer tools are for development builds only. */
  readonly devTools: boolean;
}

/** The one main window, loading the renderer from app:// and shown once it has painted. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'SteelDesk 钢材撮合工作台',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: secureWebPreferences(options.preload, { devTools: options.devTools }),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error(`SteelDesk: could not load ${APP_ENTRY_URL}:`, error));
  return window;
}
