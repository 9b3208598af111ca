import type { BrowserWindow, WebContents } from 'electron';

/**
 * The app's own windows: IPC is answered only for their web contents, and events are broadcast
 * to them. A window leaves the registry when it closes.
 */
export class WindowRegistry {
  readonly #windows = new Set<BrowserWindow>();

  track(window: BrowserWindow): BrowserWindow {
    this.#windows.add(window);
    window.once('closed', () => this.#windows.delete(window));
    return window;
  }

  owns(contents: WebContents): boolean {
    return [...this.#windows].some((window) => !window.isDestroyed() && window.webContents === contents);
  }

  /** The web contents of every open window. */
  webContents(): WebContents[] {
    return [...this.#windows].filter((window) => !window.isDestroyed()).map((window) => window.webContents);
  }
}
