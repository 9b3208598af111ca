import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainHandlers } from '../../../electron/main/ipc/mainHandlers';
import { registerHandlers } from '../../../electron/main/ipc/registerHandlers';
import { createSenderCheck } from '../../../electron/main/ipc/senderCheck';
import { createSettingsService } from '../../../shared/settings/settingsService';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { IpcHandlers } from '../../../shared/ipc/dispatchInvoke';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { fakeElectron, FakeWebContents } from './support/fakeElectron';
import { officeOff, unpairedHub } from './support/hubFakes';
import { idlePrinting } from './support/printFakes';
import { invokeEvent } from './support/ipcEvents';

vi.mock('electron', () => import('./support/electronModule'));

describe('IPC handler registration', () => {
  const { ipcMain } = fakeElectron;
  let ours: FakeWebContents;
  let written: unknown[];
  const storage = { read: () => written.at(-1), write: (settings: unknown) => void written.push(settings) };
  let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<boolean>>>;
  // The print channels have their own tests (print*.test.ts); here they only need to exist.
  const print = idlePrinting();

  const register = (handlers: IpcHandlers): void =>
    registerHandlers(ipcMain.asElectron(), handlers, createSenderCheck((contents) => contents === ours.asElectron()));

  beforeEach(() => {
    fakeElectron.reset();
    ours = new FakeWebContents();
    written = [];
    openExternal = vi.fn(async () => true);
    register(createMainHandlers({ settings: createSettingsService(storage), openExternal, hub: unpairedHub(), office: officeOff(), version: '1.2.3', platform: 'linux', print }));
  });

  it('registers exactly one handler per invoke channel of the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(INVOKE_CHANNELS).toEqual(expect.arrayContaining(['app.info', 'settings.get', 'settings.update', 'shell.openExternal']));
  });

  it('answers a trusted sender', async () => {
    await expect(ipcMain.invoke('app.info', invokeEvent(ours))).resolves.toEqual({ version: '1.2.3', platform: 'linux', shell: 'electron' });
    await expect(ipcMain.invoke('settings.get', invokeEvent(ours))).resolves.toEqual(DEFAULT_SETTINGS);
    await expect(ipcMain.invoke('settings.update', invokeEvent(ours), { brokerName: '张伟' })).resolves.toEqual({
      ...DEFAULT_SETTINGS,
      brokerName: '张伟',
    });
    await expect(ipcMain.invoke('shell.openExternal', invokeEvent(ours), 'https://www.mysteel.com/')).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.mysteel.com/');
  });

  describe('refuses a bad sender before anything runs', () => {
    it.each([
      ['a page on another origin', { url: 'https://evil.example/' }, 'frame https://evil.example/ is not on app://steeldesk'],
      ['a file:// page', { url: 'file:///tmp/x.html' }, 'frame file:///tmp/x.html is not on app://steeldesk'],
      ['another app:// host', { url: 'app://evil/index.html' }, 'frame app://evil/index.html is not on app://steeldesk'],
      ['an iframe inside our page', { url: 'app://steeldesk/frame.html', subframe: true }, 'frame app://steeldesk/frame.html is not a main frame'],
      ['a frame that is gone', { frameGone: true }, 'the sending frame no longer exists'],
    ])('%s', async (_case, frame, reason) => {
      const call = ipcMain.invoke('settings.update', invokeEvent(ours, frame), { brokerName: 'Mallory' });
      await expect(call).rejects.toThrow(`settings.update: refused an untrusted sender: ${reason}`);
      expect(written).toEqual([]);
    });

    it('a web contents that is not one of our windows, even on our origin', async () => {
      const stranger = new FakeWebContents();
      await expect(ipcMain.invoke('settings.get', invokeEvent(stranger))).rejects.toThrow(
        'settings.get: refused an untrusted sender: the sender is not one of the app windows',
      );
    });

    it('never reaches the handler', async () => {
      await expect(ipcMain.invoke('shell.openExternal', invokeEvent(ours, { url: 'https://evil.example/' }), 'https://www.mysteel.com/')).rejects.toThrow(
        'untrusted sender',
      );
      expect(openExternal).not.toHaveBeenCalled();
    });
  });

  describe('refuses bad arguments with the field that is wrong', () => {
    it.each([
      ['a value out of range', [{ printer: { copies: 10 } }], 'args[0].printer.copies'],
      ['a wrong type', [{ language: 'fr' }], 'args[0].language'],
      ['an unknown field', [{ isAdmin: true }], 'args[0]'],
      ['a missing argument', [], 'args: Too small'],
      ['an extra argument', [{ brokerName: 'a' }, 'extra'], 'args'],
    ])('%s', async (_case, args, where) => {
      const call = ipcMain.invoke('settings.update', invokeEvent(ours), ...args);
      await expect(call).rejects.toThrow(`settings.update: invalid arguments: ${where}`);
      expect(written).toEqual([]);
    });

    it.each(['javascript:alert(1)//', 'file:///etc/passwd', 'http://www.mysteel.com/', 'not a url'])('a link that is not https: %s', async (url) => {
      await expect(ipcMain.invoke('shell.openExternal', invokeEvent(ours), url)).rejects.toThrow('shell.openExternal: invalid arguments: args[0]');
      expect(openExternal).not.toHaveBeenCalled();
    });
  });

  it("refuses a handler's result that breaks the contract", async () => {
    ipcMain.handlers.clear();
    const handlers = createMainHandlers({ settings: createSettingsService(storage), openExternal, hub: unpairedHub(), office: officeOff(), version: '1.2.3', platform: 'linux', print });
    register({ ...handlers, 'app.info': () => ({ version: 1 }) as never });
    await expect(ipcMain.invoke('app.info', invokeEvent(ours))).rejects.toThrow('app.info: invalid result from the handler: result.version');
  });
});
