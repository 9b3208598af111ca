import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContentsPrintOptions } from 'electron';
import { startWorkstation } from '../../../electron/main/startWorkstation';
import { FakeBrowserWindow, fakeElectron } from './support/fakeElectron';
import { invokeEvent } from './support/ipcEvents';

vi.mock('electron', () => import('./support/electronModule'));

const DEAL_ID = '019a8f00-0000-7000-8000-000000000100';

/** The print window the workstation opened last, once it exists. */
async function printWindow(count: number): Promise<FakeBrowserWindow> {
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(count));
  return FakeBrowserWindow.created.at(-1)!;
}

const jobOf = (window: FakeBrowserWindow): string => /[?&]job=([^&]+)/.exec(String(window.loadURL.mock.calls[0]?.[0]))?.[1] ?? '';

describe('printing, as the workstation wires it', () => {
  let userData: string;
  let main: FakeBrowserWindow;

  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'steeldesk-print-ws-'));
    fakeElectron.reset({ userData, appPath: '/opt/SteelDesk/resources/app.asar' });
    startWorkstation();
    main = FakeBrowserWindow.created[0]!;
  });

  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  it('prints from a hidden print window whose page main trusts, with the printer of the settings', async () => {
    const { ipcMain } = fakeElectron;
    await ipcMain.invoke('settings.update', invokeEvent(main.webContents), { printer: { deviceName: 'OKI_5860SP', copies: 3 } });
    const printing = ipcMain.invoke('print.confirmation', invokeEvent(main.webContents), { dealId: DEAL_ID, layout: 'continuous241', mode: 'dialog', language: 'zh-CN', copy: true });

    const window = await printWindow(2);
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false } });
    expect(window.options.webPreferences?.preload).toBe(join('/opt/SteelDesk/resources/app.asar', 'out/electron/preload.cjs'));
    const url = String(window.loadURL.mock.calls[0]![0]);
    expect(url).toMatch(new RegExp(`^app://steeldesk/index\\.html#/print/confirmation/${DEAL_ID}\\?layout=continuous241&lang=zh-CN&copy=1&job=[0-9a-f-]{36}$`));

    const print = vi.fn((_options: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) => callback(true, ''));
    Object.assign(window.webContents, { print });
    // The print page's signal comes from the print window itself: an app window, so it is trusted.
    await expect(
      ipcMain.invoke('print.ready', invokeEvent(window.webContents, { url }), { job: jobOf(window), status: 'ready', documentName: '成交确认单 ZL-1' }),
    ).resolves.toBeNull();
    await expect(printing).resolves.toEqual({ status: 'printed' });
    expect(print.mock.calls[0]![0]).toMatchObject({ deviceName: 'OKI_5860SP', copies: 3, pageSize: { width: 241_000, height: 279_400 } });
    expect(window.destroyed).toBe(true);
  });

  it('saves the PDF through the system save dialog and writes the file', async () => {
    const { ipcMain } = fakeElectron;
    const path = join(userData, 'confirmation.pdf');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: path }));
    Object.assign(fakeElectron.dialog, { showSaveDialog });
    const saving = ipcMain.invoke('print.confirmation', invokeEvent(main.webContents), { dealId: DEAL_ID, layout: 'a4', mode: 'pdf', language: 'en', copy: false });

    const window = await printWindow(2);
    Object.assign(window.webContents, { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')) });
    await ipcMain.invoke('print.ready', invokeEvent(window.webContents, { url: String(window.loadURL.mock.calls[0]![0]) }), {
      job: jobOf(window),
      status: 'ready',
      documentName: 'Deal confirmation ZL-1',
    });
    await expect(saving).resolves.toEqual({ status: 'saved', path });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7');
    expect(showSaveDialog).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ defaultPath: 'Deal confirmation ZL-1.pdf' }));
    Reflect.deleteProperty(fakeElectron.dialog, 'showSaveDialog');
  });
});
