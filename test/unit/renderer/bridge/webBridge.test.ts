import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge, SETTINGS_STORAGE_KEY } from '../../../../renderer/src/bridge/webBridge';
import type { SteelDeskApi } from '../../../../shared/ipc/steelDeskApi';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/settings';
import { FakeOrigin } from '../features/print/support/fakeBrowserPrinting';

describe('the web bridge', () => {
  let api: SteelDeskApi;
  let open: ReturnType<typeof vi.fn<Window['open']>>;

  const bridge = (): SteelDeskApi =>
    createWebBridge({
      storage: localStorage,
      window: { open, addEventListener: window.addEventListener.bind(window) },
      fetch: () => Promise.reject(new Error('no hub in this test')),
      version: '1.2.3',
      platform: 'Linux x86_64',
      printing: new FakeOrigin().tab(),
    });

  beforeEach(() => {
    localStorage.clear();
    open = vi.fn<Window['open']>(() => null);
    api = bridge();
  });

  it('has the same methods as the preload, derived from the same contract', () => {
    expect(Object.keys(api).sort()).toEqual(['app', 'hub', 'office', 'print', 'settings', 'shell']);
    expect(Object.keys(api.settings).sort()).toEqual(['get', 'onChanged', 'update']);
  });

  it('says it runs in a browser', async () => {
    await expect(api.app.info()).resolves.toEqual({ version: '1.2.3', platform: 'Linux x86_64', shell: 'browser' });
  });

  it('starts from the default settings', async () => {
    await expect(api.settings.get()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips settings through localStorage, across page loads', async () => {
    const updated = await api.settings.update({ language: 'en', brokerName: '张伟', printer: { copies: 2 } });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, language: 'en', brokerName: '张伟', printer: { ...DEFAULT_SETTINGS.printer, copies: 2 } });
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY)!)).toEqual(updated);
    await expect(bridge().settings.get()).resolves.toEqual(updated);
  });

  it('refuses a bad patch with the field that is wrong, and stores nothing', async () => {
    await expect(api.settings.update({ printer: { copies: 10 } })).rejects.toThrow('settings.update: invalid arguments: args[0].printer.copies');
    await expect(api.settings.update({ brokerPrefix: 'abc' })).rejects.toThrow('args[0].brokerPrefix: prefix is 2-4 capital letters');
    expect(localStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull();
  });

  it('reads damaged stored settings as defaults rather than failing', async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, '{ broken');
    await expect(api.settings.get()).resolves.toEqual(DEFAULT_SETTINGS);
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ language: 'en', copies: 'x' }));
    await expect(api.settings.get()).resolves.toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('tells listeners about each change until they unsubscribe', async () => {
    const listener = vi.fn();
    const unsubscribe = api.settings.onChanged(listener);
    await api.settings.update({ brokerName: '李娜' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS, brokerName: '李娜' });
    await api.settings.update({ brokerName: '李娜' });
    expect(listener).toHaveBeenCalledOnce();
    unsubscribe();
    await api.settings.update({ brokerName: '王强' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('does not tell listeners about a refused patch', async () => {
    const listener = vi.fn();
    api.settings.onChanged(listener);
    await expect(api.settings.update({ language: 'de' } as never)).rejects.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });

  it('passes on a change made in another tab', () => {
    const listener = vi.fn();
    api.settings.onChanged(listener);
    const fromOtherTab = { ...DEFAULT_SETTINGS, activeBook: 'demo' };
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(fromOtherTab));
    window.dispatchEvent(new StorageEvent('storage', { key: SETTINGS_STORAGE_KEY, storageArea: localStorage }));
    expect(listener).toHaveBeenCalledExactlyOnceWith(fromOtherTab);
    window.dispatchEvent(new StorageEvent('storage', { key: 'other-key', storageArea: localStorage }));
    expect(listener).toHaveBeenCalledOnce();
  });

  it('opens allow-listed https links in a new tab without an opener, and nothing else', async () => {
    await expect(api.shell.openExternal('https://www.mysteel.com/')).resolves.toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://www.mysteel.com/', '_blank', 'noopener,noreferrer');
    await expect(api.shell.openExternal('https://evil.example/')).resolves.toBe(false);
    await expect(api.shell.openExternal('javascript:alert(1)')).rejects.toThrow('shell.openExternal: invalid arguments');
    expect(open).toHaveBeenCalledOnce();
  });
});
