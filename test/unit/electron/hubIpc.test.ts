import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encryptedFile } from '../../../electron/main/hub/encryptedFile';
import { hubPaths } from '../../../electron/main/hub/hubPaths';
import { createMainHandlers } from '../../../electron/main/ipc/mainHandlers';
import { registerHandlers } from '../../../electron/main/ipc/registerHandlers';
import { createSenderCheck } from '../../../electron/main/ipc/senderCheck';
import { createHubConnection } from '../../../shared/ipc/hubConnection';
import { timedHubFetch } from '../../../shared/ipc/timedHubFetch';
import { createSettingsService } from '../../../shared/settings/settingsService';
import type { HubFetch } from '../../../shared/sync/httpHubTransport';
import { fakeElectron, FakeWebContents } from './support/fakeElectron';
import { officeOff } from './support/hubFakes';
import { idlePrinting } from './support/printFakes';
import { invokeEvent } from './support/ipcEvents';

vi.mock('electron', () => import('./support/electronModule'));

const HUB = 'http://192.168.1.20:8787';
const TOKEN = 'device.0123456789abcdef-secret';
const PAIR_REPLY = { hub: { id: 'hub-1', epoch: 0 }, deviceId: 'laptop-1', token: TOKEN, account: { role: 'broker', brokerId: 'zhang' }, nextSeq: 4 };
const PAIR_ARGS = { hubUrl: HUB, code: 'abcd-2345', deviceId: 'laptop-1', deviceName: '张磊的笔记本' };

type Reply = { status: number; body: unknown } | Error;

describe('the hub.* channels in main', () => {
  const { ipcMain } = fakeElectron;
  let userData: string;
  let ours: FakeWebContents;
  let replies: Reply[];
  let fetch: ReturnType<typeof vi.fn<HubFetch>>;

  const call = (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, invokeEvent(ours), ...args);

  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'steeldesk-hub-ipc-'));
    fakeElectron.reset({ userData, appPath: '' });
    ours = new FakeWebContents();
    replies = [];
    fetch = vi.fn<HubFetch>(async () => {
      const reply = replies.shift() ?? new Error('connect ECONNREFUSED 192.168.1.20:8787');
      if (reply instanceof Error) throw reply;
      return { status: reply.status, text: async () => JSON.stringify(reply.body) };
    });
    const hub = createHubConnection({
      secrets: encryptedFile(hubPaths(userData).pairing, fakeElectron.safeStorage),
      fetch,
      now: () => new Date('2026-11-23T10:00:00Z'),
    });
    const settings = createSettingsService({ read: () => undefined, write: () => undefined });
    registerHandlers(
      ipcMain.asElectron(),
      createMainHandlers({ settings, openExternal: vi.fn(async () => true), hub, office: officeOff(), version: '1', platform: 'linux', print: idlePrinting() }),
      createSenderCheck((contents) => contents === ours.asElectron()),
    );
  });

  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  it('pairs with a normalised code, keeps the token encrypted on disk and never hands it to the renderer', async () => {
    replies.push({ status: 201, body: PAIR_REPLY });
    const outcome = await call('hub.pair', PAIR_ARGS);
    expect(outcome).toEqual({
      ok: true,
      nextSeq: 4,
      pairing: { paired: true, hubUrl: HUB, account: { role: 'broker', brokerId: 'zhang' }, hub: { id: 'hub-1', epoch: 0 }, deviceName: '张磊的笔记本', pairedAt: '2026-11-23T10:00:00.000Z' },
    });
    expect(JSON.parse(fetch.mock.calls[0]![1].body)).toMatchObject({ code: 'ABCD2345', deviceId: 'laptop-1' });
    expect(fetch.mock.calls[0]![0]).toBe(`${HUB}/v1/pair`);

    expect(JSON.stringify(outcome)).not.toContain(TOKEN);
    expect(JSON.stringify(await call('hub.pairing'))).not.toContain(TOKEN);
    expect(readFileSync(hubPaths(userData).pairing).toString('latin1')).not.toContain(TOKEN);
  });

  it('sends sync requests with the device token, and returns the hub’s reply whatever its status', async () => {
    replies.push({ status: 201, body: PAIR_REPLY }, { status: 409, body: { error: { code: 'seq_gap', message: 'expected 4', expectedSeq: 4 } } });
    await call('hub.pair', PAIR_ARGS);
    await expect(call('hub.send', 'push', { deviceId: 'laptop-1' })).resolves.toEqual({ status: 409, body: { error: { code: 'seq_gap', message: 'expected 4', expectedSeq: 4 } } });
    const [url, init] = fetch.mock.calls[1]!;
    expect(url).toBe(`${HUB}/v1/push`);
    expect(init.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('refuses a send before pairing, and forgets the token on unpair', async () => {
    await expect(call('hub.send', 'status', {})).rejects.toThrow('not paired with an office hub: pair it on the Sync page first');
    replies.push({ status: 201, body: PAIR_REPLY });
    await call('hub.pair', PAIR_ARGS);
    await expect(call('hub.unpair')).resolves.toEqual({ paired: false });
    await expect(call('hub.pairing')).resolves.toEqual({ paired: false });
    await expect(call('hub.send', 'status', {})).rejects.toThrow('not paired');
    expect(fetch).toHaveBeenCalledOnce();
  });

  it.each([
    ['a wrong or expired code', { status: 401, body: { error: { code: 'unauthorized', message: 'pairing code expired: ask the office for a new one', path: 'code' } } }, 'code_refused', 'pairing code expired'],
    ['a device still paired', { status: 409, body: { error: { code: 'device_conflict', message: 'device laptop-1 is already paired' } } }, 'device_conflict', 'already paired'],
    ['an unreachable hub', new Error('connect ECONNREFUSED 192.168.1.20:8787'), 'unreachable', `office hub ${HUB}/v1/pair did not answer: connect ECONNREFUSED`],
    ['a reply that is not the hub’s', { status: 502, body: '<html>bad gateway</html>' }, 'hub_error', `HTTP 502 from ${HUB}`],
  ])('refuses %s, saying why and where, and stays unpaired', async (_case, reply, refusal, detail) => {
    replies.push(reply as Reply);
    const outcome = await call('hub.pair', PAIR_ARGS);
    expect(outcome).toMatchObject({ ok: false, refusal, hubUrl: HUB });
    expect((outcome as { detail: string }).detail).toContain(detail);
    await expect(call('hub.pairing')).resolves.toEqual({ paired: false });
  });

  it('rejects a send when no reply came, naming the hub', async () => {
    replies.push({ status: 201, body: PAIR_REPLY }, new Error('socket hang up'));
    await call('hub.pair', PAIR_ARGS);
    await expect(call('hub.send', 'pull', { cursor: 0 })).rejects.toThrow(`office hub ${HUB}/v1/pull did not answer: socket hang up`);
  });

  describe('refuses bad arguments before anything goes out', () => {
    it.each([
      ['an endpoint that is not a sync endpoint', 'hub.send', ['admin/devices', {}], 'args[0]'],
      ['a body that is not an object', 'hub.send', ['push', 'mutations'], 'args[1]'],
      ['a hub address that is not http(s)', 'hub.pair', [{ ...PAIR_ARGS, hubUrl: 'file:///etc/passwd' }], 'args[0].hubUrl'],
      ['a device id with a colon', 'hub.pair', [{ ...PAIR_ARGS, deviceId: 'a:b' }], 'args[0].deviceId'],
      ['an extra field', 'hub.pair', [{ ...PAIR_ARGS, token: 'x' }], 'args[0]'],
    ])('%s', async (_case, channel, args, where) => {
      await expect(call(channel, ...args)).rejects.toThrow(`${channel}: invalid arguments: ${where}`);
      expect(fetch).not.toHaveBeenCalled();
    });
  });

  it('refuses a foreign sender', async () => {
    const stranger = new FakeWebContents();
    await expect(ipcMain.invoke('hub.pair', invokeEvent(stranger), PAIR_ARGS)).rejects.toThrow('hub.pair: refused an untrusted sender');
    await expect(ipcMain.invoke('hub.send', invokeEvent(ours, { url: 'https://evil.example/' }), 'status', {})).rejects.toThrow('untrusted sender');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses to pair, before using up the code, when the token could only be kept in plain text', async () => {
    fakeElectron.safeStorage.available = false;
    replies.push({ status: 201, body: PAIR_REPLY });
    await expect(call('hub.pair', PAIR_ARGS)).rejects.toThrow('this system offers no encrypted storage');
    await expect(call('hub.pairing')).resolves.toEqual({ paired: false });
    // Refused before the request, so the one-time code is not used up for a token nobody keeps.
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('timedHubFetch', () => {
  it('passes an abort signal that fires after the timeout, so a silent hub counts as unreachable', async () => {
    const seen: AbortSignal[] = [];
    const hanging = (_url: string, init: { signal: never }) =>
      new Promise<never>((_resolve, reject) => {
        const signal = init.signal as AbortSignal;
        seen.push(signal);
        signal.addEventListener('abort', () => reject(signal.reason as Error));
      });
    const fetch = timedHubFetch(hanging, 20);
    await expect(fetch(`${HUB}/v1/status`, { method: 'POST', headers: {}, body: '{}' })).rejects.toThrow(/timed out|aborted/i);
    expect(seen[0]!.aborted).toBe(true);
  });
});
