import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrintWindow } from '../../../electron/main/print/printWindow';
import { createMainWindow } from '../../../electron/main/window';
import { FakeBrowserWindow, fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

const URL = 'app://steeldesk/index.html#/print/confirmation/019a8f00-0000-7000-8000-000000000100?layout=a4&lang=zh-CN&copy=0';

describe('the print window', () => {
  beforeEach(() => fakeElectron.reset());

  const open = (): FakeBrowserWindow => {
    createPrintWindow({ preload: '/app/out/electron/preload.cjs', url: URL });
    return FakeBrowserWindow.created.at(-1)!;
  };

  it('is never shown, yet lays out its page', () => {
    const window = open();
    expect(window.options.show).toBe(false);
    expect(window.options.paintWhenInitiallyHidden).toBe(true);
    window.emit('ready-to-show');
    expect(window.show).not.toHaveBeenCalled();
  });

  it('is hardened exactly like the main window, without developer tools', () => {
    const print = open().options.webPreferences;
    createMainWindow({ preload: '/app/out/electron/preload.cjs', devTools: false });
    const main = FakeBrowserWindow.created.at(-1)!.options.webPreferences;
    expect(print).toEqual(main);
    expect(print).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
  });

  it('loads the print route from the app:// origin', () => {
    expect(open().loadURL).toHaveBeenCalledExactlyOnceWith(URL);
  });

  it('navigates nowhere, not even inside the app, and opens no windows', () => {
    const contents = open().webContents;
    expect(contents.navigate('will-navigate', 'app://steeldesk/index.html#/deals')).toBe(true);
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-redirect', 'app://steeldesk/index.html')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'app://steeldesk/index.html' })).toEqual({ action: 'deny' });
  });
});
