import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import type { SteelDeskApi } from '../../../shared/ipc/steelDeskApi';
import { fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

/** `{ settings: { get: fn } }` → `['settings.get']` */
function memberPaths(api: object): string[] {
  return Object.entries(api).flatMap(([area, members]) => Object.keys(members as object).map((member) => `${area}.${member}`));
}

describe('the preload', () => {
  let api: SteelDeskApi;

  beforeAll(async () => {
    fakeElectron.reset();
    await import('../../../electron/preload/preload');
    api = fakeElectron.contextBridge.exposed.get('steeldesk') as SteelDeskApi;
  });

  it('exposes one object, window.steeldesk, and nothing else', () => {
    expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...fakeElectron.contextBridge.exposed.keys()]).toEqual(['steeldesk']);
  });

  it('has exactly one method per channel: invoke channels by name, events as on<Event>', () => {
    expect(memberPaths(api).sort()).toEqual([
      'app.info',
      'hub.onPairingChanged',
      'hub.pair',
      'hub.pairing',
      'hub.send',
      'hub.unpair',
      'office.createBroker',
      'office.createPairingCode',
      'office.devices',
      'office.onStatusChanged',
      'office.revokeDevice',
      'office.status',
      'print.confirmation',
      'print.ready',
      'settings.get',
      'settings.onChanged',
      'settings.update',
      'shell.openExternal',
    ]);
    expect(memberPaths(api)).toHaveLength(INVOKE_CHANNELS.length + EVENT_CHANNELS.length);
    for (const [area, members] of Object.entries(api)) {
      for (const [name, member] of Object.entries(members as object)) expect(typeof member, `${area}.${name}`).toBe('function');
    }
  });

  it('forwards each call to its channel with its arguments', async () => {
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ brokerName: '张伟' });
    await expect(api.settings.update({ brokerName: '张伟' })).resolves.toEqual({ brokerName: '张伟' });
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith('settings.update', { brokerName: '张伟' });

    await api.app.info();
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith('app.info');
    await api.shell.openExternal('https://www.mysteel.com/');
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith('shell.openExternal', 'https://www.mysteel.com/');
  });

  it('hands listeners the payload only, never the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = api.settings.onChanged(listener);
    const event = { sender: fakeElectron.ipcRenderer };
    fakeElectron.ipcRenderer.emit('settings.changed', event, { language: 'en' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ language: 'en' });
    unsubscribe();
  });

  it('stops a listener when it unsubscribes, leaving the others', () => {
    const stopped = vi.fn();
    const kept = vi.fn();
    const unsubscribe = api.settings.onChanged(stopped);
    const unsubscribeKept = api.settings.onChanged(kept);
    unsubscribe();
    unsubscribe();
    fakeElectron.ipcRenderer.emit('settings.changed', {}, { language: 'zh-CN' });
    expect(stopped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledOnce();
    unsubscribeKept();
    expect(fakeElectron.ipcRenderer.listenerCount('settings.changed')).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => api.settings.onChanged('nope' as never)).toThrow('settings.changed: the listener must be a function');
  });

  it('cannot be changed by the page', () => {
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.settings)).toBe(true);
  });
});
