import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundle } from '../../../build-scripts/bundle-electron.mjs';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { FakeBrowserWindow, fakeElectron, FakeWebContents } from './support/fakeElectron';
import { invokeEvent } from './support/ipcEvents';

vi.mock('electron', () => import('./support/electronModule'));

/** Builds a bundle in memory and returns its code. */
async function bundledCode(name: 'main' | 'preload'): Promise<{ code: string; inputs: string[] }> {
  const result = await bundle(name, { write: false, sourcemap: false });
  const output = result.outputFiles?.find((file) => file.path.endsWith('.cjs'));
  if (output === undefined) throw new Error(`esbuild produced no ${name} bundle`);
  return { code: output.text, inputs: Object.keys(result.metafile.inputs) };
}

/** Runs a CommonJS bundle as Electron would, with `require('electron')` answered by the fake. */
function runCommonJs(code: string): void {
  const nodeRequire = createRequire(import.meta.url);
  const requireInApp = (id: string): unknown => (id === 'electron' ? fakeElectron : nodeRequire(id));
  const module = { exports: {} };
  const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`) as (...args: unknown[]) => void;
  wrapper(module.exports, requireInApp, module, '/app/out/electron/main.cjs', '/app/out/electron');
}

describe('the preload bundle', () => {
  it('is one script that requires only electron (a sandboxed preload can require little else)', async () => {
    const { code, inputs } = await bundledCode('preload');
    expect([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
  }, 30_000);
});

describe('the main bundle, booted against a fake Electron', () => {
  let userData: string;
  let beforeReady: { privilegedSchemes: string[]; sandboxed: boolean; windows: number; handlers: number };

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'steeldesk-main-'));
    fakeElectron.reset({ userData, appPath: '/opt/SteelDesk/resources/app.asar' });
    runCommonJs((await bundledCode('main')).code);
    beforeReady = {
      privilegedSchemes: fakeElectron.protocol.privileged.map((scheme) => scheme.scheme),
      sandboxed: fakeElectron.app.enableSandbox.mock.calls.length === 1,
      windows: FakeBrowserWindow.created.length,
      handlers: fakeElectron.ipcMain.handlers.size,
    };
    fakeElectron.app.markReady();
    await fakeElectron.app.whenReady();
  }, 60_000);

  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('privileges app:// and sandboxes every renderer before the app is ready, and waits for ready to do more', () => {
    expect(beforeReady).toEqual({ privilegedSchemes: ['app'], sandboxed: true, windows: 0, handlers: 0 });
  });

  it('once ready, secures the session, serves app:// and registers every IPC channel', () => {
    const session = fakeElectron.session.defaultSession;
    expect(session.headersListener).toBeTypeOf('function');
    expect(session.permissionRequestHandler).toBeTypeOf('function');
    expect(session.permissionCheckHandler).toBeTypeOf('function');
    expect(fakeElectron.protocol.handlers.has('app')).toBe(true);
    expect([...fakeElectron.ipcMain.handlers.keys()]).toEqual(expect.arrayContaining([...INVOKE_CHANNELS]));
  });

  it('opens the main window from the packaged paths', () => {
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = FakeBrowserWindow.created[0]!;
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: true });
    expect(window.options.webPreferences?.preload).toBe(join('/opt/SteelDesk/resources/app.asar', 'out/electron/preload.cjs'));
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://steeldesk/index.html');
  });

  it('hardens every web contents created', () => {
    const contents = FakeBrowserWindow.created[0]!.webContents;
    fakeElectron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('persists a settings update from the window to userData and broadcasts the change to it', async () => {
    const window = FakeBrowserWindow.created[0]!;
    const updated = await fakeElectron.ipcMain.invoke('settings.update', invokeEvent(window.webContents), { brokerName: '周涛' });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, brokerName: '周涛' });
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toMatchObject({ brokerName: '周涛' });
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith('settings.changed', updated);
  });

  it('refuses the same call from a web contents that is not its window', async () => {
    const stranger = new FakeWebContents();
    await expect(fakeElectron.ipcMain.invoke('settings.get', invokeEvent(stranger))).rejects.toThrow('untrusted sender');
  });

  it('shows the existing window on a second launch instead of opening another', () => {
    const window = FakeBrowserWindow.created[0]!;
    fakeElectron.app.emit('second-instance');
    expect(window.focus).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.created).toHaveLength(1);
  });
});
