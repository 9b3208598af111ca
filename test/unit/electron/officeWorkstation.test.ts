import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hubPaths } from '../../../electron/main/hub/hubPaths';
import { startWorkstation } from '../../../electron/main/startWorkstation';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { freshPgliteDataDir } from '../../integration/hub/support/pgliteTemplate';
import { FakeBrowserWindow, fakeElectron } from './support/fakeElectron';
import { freePort } from './support/freePort';
import { invokeEvent } from './support/ipcEvents';

vi.mock('electron', () => import('./support/electronModule'));
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** Resolves once `check` passes (the hub starts in the background). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// The workstation in office mode: the hub starts with the app and the app's quit waits for it to close.
describe('a workstation started in office mode', () => {
  let userData: string;
  let port: number;

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'steeldesk-office-ws-'));
    const template = await freshPgliteDataDir();
    cpSync(template, hubPaths(userData).officeData, { recursive: true });
    rmSync(template, { recursive: true, force: true });
    port = await freePort();
    writeFileSync(join(userData, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, office: { enabled: true, port, openToNetwork: false } }));
    fakeElectron.reset({ userData, appPath: '/opt/SteelDesk/resources/app.asar' });
  });

  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('starts the hub, tells the window, and holds the quit until the hub has closed', async () => {
    startWorkstation();
    const window = FakeBrowserWindow.created[0]!;
    const status = (await eventually(
      () => fakeElectron.ipcMain.invoke('office.status', invokeEvent(window.webContents)),
      (current) => (current as { state: string }).state !== 'starting' && (current as { state: string }).state !== 'off',
    )) as { state: string; url: string };
    expect(status.state).toBe('running');
    expect(status.url).toBe(`http://127.0.0.1:${port}`);
    expect(window.webContents.send).toHaveBeenCalledWith('office.statusChanged', expect.objectContaining({ state: 'running' }));
    expect((await fetch(`${status.url}/v1/health`)).status).toBe(200);

    let prevented = false;
    fakeElectron.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await eventually(async () => fakeElectron.app.quit.mock.calls.length, (calls) => calls === 1);
    expect(window.webContents.send).toHaveBeenCalledWith('office.statusChanged', { state: 'off' });
    await expect(fetch(`${status.url}/v1/health`)).rejects.toThrow();

    // The second quit (after the close) goes through.
    prevented = false;
    fakeElectron.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
  });
});
