import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/appOrigin';
import { createMainWindow } from '../../../electron/main/window';
import { FakeBrowserWindow, fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

describe('the main window', () => {
  beforeEach(() => fakeElectron.reset());

  const open = (devTools = false): FakeBrowserWindow => {
    createMainWindow({ preload: '/app/out/electron/preload.cjs', devTools });
    expect(FakeBrowserWindow.created).toHaveLength(1);
    return FakeBrowserWindow.created[0]!;
  };

  it('isolates and sandboxes the renderer, with no Node, no webview and full web security', () => {
    const preferences = open().options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
    expect(preferences?.enableBlinkFeatures).toBeUndefined();
  });

  it('loads the bundled preload and nothing else into the page', () => {
    expect(open().options.webPreferences?.preload).toBe('/app/out/electron/preload.cjs');
  });

  it('offers developer tools only when asked (development builds)', () => {
    expect(open(false).options.webPreferences?.devTools).toBe(false);
    fakeElectron.reset();
    expect(open(true).options.webPreferences?.devTools).toBe(true);
  });

  it('loads the renderer from the app:// origin, not file:// or the network', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('app://steeldesk/index.html');
  });

  it('stays hidden until the page has painted', () => {
    const window = open();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});
