import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebBridge, HUB_PAIRING_STORAGE_KEY } from '../../../../renderer/src/bridge/webBridge';
import type { SteelDeskApi } from '../../../../shared/ipc/steelDeskApi';
import type { SignalledFetch } from '../../../../shared/ipc/timedHubFetch';
import { FakeOrigin } from '../features/print/support/fakeBrowserPrinting';

const HUB = 'http://127.0.0.1:8787';
const PAIR_REPLY = { hub: { id: 'hub-1', epoch: 0 }, deviceId: 'laptop-1', token: 'sdd.laptop-1.secret', account: { role: 'office' }, nextSeq: 1 };
const PAIR_ARGS = { hubUrl: HUB, code: 'ABCD-2345', deviceId: 'laptop-1', deviceName: '公司前台' };

describe('the hub in the web bridge', () => {
  let api: SteelDeskApi;
  let fetch: ReturnType<typeof vi.fn<SignalledFetch>>;

  beforeEach(() => {
    localStorage.clear();
    fetch = vi.fn<SignalledFetch>(async () => ({ status: 201, text: async () => JSON.stringify(PAIR_REPLY) }));
    api = createWebBridge({ storage: localStorage, window: { open: vi.fn(), addEventListener: window.addEventListener.bind(window) }, fetch, version: '1', platform: 'test', printing: new FakeOrigin().tab() });
  });

  it('calls the hub with fetch (with a timeout signal) and keeps the pairing in localStorage (a browser has no safeStorage)', async () => {
    const changes: unknown[] = [];
    api.hub.onPairingChanged((pairing) => changes.push(pairing));
    const outcome = await api.hub.pair(PAIR_ARGS);
    expect(outcome).toMatchObject({ ok: true, pairing: { paired: true, hubUrl: HUB, account: { role: 'office' } } });
    expect(fetch.mock.calls[0]![0]).toBe(`${HUB}/v1/pair`);
    expect(fetch.mock.calls[0]![1].signal).toBeInstanceOf(AbortSignal);
    expect(localStorage.getItem(HUB_PAIRING_STORAGE_KEY)).toContain('sdd.laptop-1.secret');
    expect(changes).toEqual([expect.objectContaining({ paired: true })]);

    fetch.mockResolvedValueOnce({ status: 200, text: async () => '{"nextSeq":1}' });
    await expect(api.hub.send('status', { deviceId: 'laptop-1' })).resolves.toEqual({ status: 200, body: { nextSeq: 1 } });
    expect(fetch.mock.calls[1]![1].headers.authorization).toBe('Bearer sdd.laptop-1.secret');
  });

  it('tells listeners when another tab pairs or unpairs', async () => {
    const changes: unknown[] = [];
    api.hub.onPairingChanged((pairing) => changes.push(pairing));
    localStorage.setItem(HUB_PAIRING_STORAGE_KEY, JSON.stringify({ token: 't', pairing: { paired: true, hubUrl: HUB, account: { role: 'office' }, hub: PAIR_REPLY.hub, deviceName: 'x', pairedAt: '2026-11-23T02:00:00.000Z' } }));
    window.dispatchEvent(new StorageEvent('storage', { key: HUB_PAIRING_STORAGE_KEY, storageArea: localStorage }));
    expect(changes).toEqual([expect.objectContaining({ paired: true, hubUrl: HUB })]);
  });

  it('validates arguments as main does', async () => {
    await expect(api.hub.send('admin' as never, {})).rejects.toThrow('hub.send: invalid arguments: args[0]');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('has no office mode: the browser cannot host the hub', async () => {
    await expect(api.office.status()).resolves.toEqual({ state: 'unavailable' });
    await expect(api.office.devices()).rejects.toThrow('office mode runs only in the desktop app');
  });
});
