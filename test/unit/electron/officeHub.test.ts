import { createServer, type Server } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHub } from '../../../electron/hub/startHub';
import { encryptedFile } from '../../../electron/main/hub/encryptedFile';
import { hubPaths } from '../../../electron/main/hub/hubPaths';
import { createMainHandlers } from '../../../electron/main/ipc/mainHandlers';
import { registerHandlers } from '../../../electron/main/ipc/registerHandlers';
import { createSenderCheck } from '../../../electron/main/ipc/senderCheck';
import { OfficeHub } from '../../../electron/main/office/officeHub';
import type { OfficeStatus } from '../../../shared/ipc/officeStatus';
import { createSettingsService } from '../../../shared/settings/settingsService';
import { SYNC_SCHEMA_VERSION } from '../../../shared/sync/schemaVersion';
import { freshPgliteDataDir } from '../../integration/hub/support/pgliteTemplate';
import { fakeElectron, FakeWebContents } from './support/fakeElectron';
import { freePort } from './support/freePort';
import { unpairedHub } from './support/hubFakes';
import { idlePrinting } from './support/printFakes';
import { invokeEvent } from './support/ipcEvents';

vi.mock('electron', () => import('./support/electronModule'));

// Office mode against a real hub on a temporary PGlite directory (a fresh cluster takes seconds).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

describe('office mode', () => {
  let userData: string;
  let dataDir: string;
  let office: OfficeHub;
  let statuses: OfficeStatus['state'][];
  let port: number;
  const ours = new FakeWebContents();
  const { ipcMain } = fakeElectron;
  const call = (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, invokeEvent(ours), ...args);

  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'steeldesk-office-'));
    fakeElectron.reset({ userData, appPath: '' });
    // An empty cluster, copied (creating one in WebAssembly takes seconds), as a first start finds it.
    dataDir = await freshPgliteDataDir();
    port = await freePort();
    office = new OfficeHub({
      dataDir,
      officeToken: encryptedFile(hubPaths(userData).officeToken, fakeElectron.safeStorage),
      startHub: (options) => startHub({ ...options, log: () => undefined }),
    });
    statuses = [];
    office.onStatusChanged((status) => statuses.push(status.state));
    const settings = createSettingsService({ read: () => undefined, write: () => undefined });
    registerHandlers(
      ipcMain.asElectron(),
      createMainHandlers({ settings, openExternal: vi.fn(async () => true), hub: unpairedHub(), office, version: '1', platform: 'linux', print: idlePrinting() }),
      createSenderCheck((contents) => contents === ours.asElectron()),
    );
  });

  afterAll(async () => {
    await office.stop();
    rmSync(userData, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    fakeElectron.safeStorage.reset();
  });

  it('is off until the setting says otherwise, and says so when asked to administer', async () => {
    await office.apply({ enabled: false, port, openToNetwork: false });
    await expect(call('office.status')).resolves.toEqual({ state: 'off' });
    await expect(call('office.devices')).rejects.toThrow('the office hub is not running (it is off); switch office mode on in Settings');
  });

  it('starts the hub in-process on 127.0.0.1 and keeps the office token encrypted in main', async () => {
    await office.apply({ enabled: true, port, openToNetwork: false });
    const status = await call('office.status');
    expect(status).toMatchObject({ state: 'running', url: `http://127.0.0.1:${port}`, lanUrls: [], storage: dataDir });
    expect(statuses).toEqual(['starting', 'running']);
    const stored = readFileSync(hubPaths(userData).officeToken);
    const token = fakeElectron.safeStorage.decryptString(stored);
    expect(token).toMatch(/^sdo\./);
    expect(stored.toString('latin1')).not.toContain(token);
  });

  it('creates a broker and a one-time pairing code, lists the paired device and revokes it', async () => {
    await expect(call('office.createBroker', { id: 'zhang', name: '张磊', prefix: 'ZL' })).resolves.toEqual({ id: 'zhang', name: '张磊', prefix: 'ZL' });
    const code = (await call('office.createPairingCode', { role: 'broker', brokerId: 'zhang' })) as { code: string };
    expect(code.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const paired = await fetch(`http://127.0.0.1:${port}/v1/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ schemaVersion: SYNC_SCHEMA_VERSION, code: code.code, deviceId: 'laptop-1', deviceName: '张磊的笔记本' }),
    });
    expect(paired.status).toBe(201);
    expect(await call('office.devices')).toMatchObject([{ id: 'laptop-1', name: '张磊的笔记本', account: { role: 'broker', brokerId: 'zhang' }, revokedAtMs: null }]);
    const revoked = (await call('office.revokeDevice', 'laptop-1')) as { revokedAtMs: number | null };
    expect(revoked.revokedAtMs).toEqual(expect.any(Number));
  });

  it('passes on the hub’s refusals with what and where', async () => {
    await expect(call('office.createPairingCode', { role: 'broker', brokerId: 'nobody' })).rejects.toThrow(
      `office hub http://127.0.0.1:${port} refused POST /pairing-codes: no broker nobody: create the broker account first (at brokerId)`,
    );
    await expect(call('office.revokeDevice', 'laptop-9')).rejects.toThrow('refused POST /devices/laptop-9/revoke: no device laptop-9');
  });

  it('refuses bad arguments and foreign senders before reaching the hub', async () => {
    await expect(call('office.createBroker', { name: '', prefix: 'zl' })).rejects.toThrow('office.createBroker: invalid arguments: args[0].name');
    await expect(call('office.createPairingCode', { role: 'boss' })).rejects.toThrow('office.createPairingCode: invalid arguments');
    await expect(ipcMain.invoke('office.devices', invokeEvent(new FakeWebContents()))).rejects.toThrow('untrusted sender');
  });

  it('stops cleanly and starts again with the kept office token (no new token)', async () => {
    await office.stop();
    expect(office.status()).toEqual({ state: 'off' });
    const tokenBefore = readFileSync(hubPaths(userData).officeToken);
    await office.apply({ enabled: true, port, openToNetwork: false });
    expect(office.status().state).toBe('running');
    expect(readFileSync(hubPaths(userData).officeToken).equals(tokenBefore)).toBe(true);
    expect(await call('office.devices')).toHaveLength(1);
    // The same settings again change nothing.
    statuses.length = 0;
    await office.apply({ enabled: true, port, openToNetwork: false });
    expect(statuses).toEqual([]);
  });

  it('reports a port already in use, naming the port and the data folder', async () => {
    await office.stop();
    const blocker: Server = createServer();
    const taken = await freePort();
    await new Promise<void>((resolve) => blocker.listen(taken, '127.0.0.1', resolve));
    try {
      await office.apply({ enabled: true, port: taken, openToNetwork: false });
      const status = office.status();
      expect(status.state).toBe('failed');
      expect(status.state === 'failed' && status.error).toContain(`the office hub could not start on 127.0.0.1 port ${taken} (data in ${dataDir})`);
      expect(status.state === 'failed' && status.error).toContain('EADDRINUSE');
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('does not start without safe storage for the office token', async () => {
    await office.stop();
    fakeElectron.safeStorage.available = false;
    await office.apply({ enabled: true, port, openToNetwork: false });
    const status = office.status();
    expect(status.state === 'failed' && status.error).toContain('this system offers no encrypted storage');
    await expect(fetch(`http://127.0.0.1:${port}/v1/health`)).rejects.toThrow();
  });
});
