import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContentsPrintOptions } from 'electron';
import { createMainHandlers } from '../../../electron/main/ipc/mainHandlers';
import { registerHandlers } from '../../../electron/main/ipc/registerHandlers';
import { createSenderCheck } from '../../../electron/main/ipc/senderCheck';
import { createConfirmationPrinter } from '../../../electron/main/print/confirmationPrinter';
import { PrintJobs } from '../../../electron/main/print/printJobs';
import { createPrintWindow } from '../../../electron/main/print/printWindow';
import { createMainWindow } from '../../../electron/main/window';
import { WindowRegistry } from '../../../electron/main/windowRegistry';
import type { PrintReady, PrintRequest } from '../../../shared/print/printRequest';
import { createSettingsService } from '../../../shared/settings/settingsService';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/settings';
import { FakeBrowserWindow, fakeElectron, FakeWebContents } from './support/fakeElectron';
import { officeOff, unpairedHub } from './support/hubFakes';
import { invokeEvent } from './support/ipcEvents';

vi.mock('electron', () => import('./support/electronModule'));

const DEAL_ID = '019a8f00-0000-7000-8000-000000000100';
const JOB = '6f1c2b9e-3f4a-4c5d-8e9f-0a1b2c3d4e5f';
const PDF_BYTES = Buffer.from('%PDF-1.7 confirmation');

type PrintCallback = (success: boolean, failureReason: string) => void;

/** A print window whose web contents can print, as Electron's can. */
type PrintingWindow = FakeBrowserWindow & {
  webContents: FakeWebContents & {
    print: ReturnType<typeof vi.fn<(options: WebContentsPrintOptions, callback: PrintCallback) => void>>;
    printToPDF: ReturnType<typeof vi.fn<(options: unknown) => Promise<Buffer>>>;
  };
};

describe('printing a confirmation in Electron', () => {
  const { ipcMain } = fakeElectron;
  let windows: WindowRegistry;
  let main: FakeBrowserWindow;
  let printWindows: PrintingWindow[];
  let folder: string;
  let printer: Settings['printer'];
  let showSaveDialog: ReturnType<typeof vi.fn<(options: Electron.SaveDialogOptions) => Promise<Electron.SaveDialogReturnValue>>>;
  /** What the print page answers once loaded; `undefined`: it never answers. */
  let pageAnswer: ((job: string) => PrintReady) | undefined;
  /** How the system print dialog ends. */
  let dialogEnds: (callback: PrintCallback) => void;

  const request = (overrides: Partial<PrintRequest> = {}): PrintRequest => ({ dealId: DEAL_ID, layout: 'a4', mode: 'dialog', language: 'zh-CN', copy: false, ...overrides });
  const fromMain = () => invokeEvent(main.webContents);
  const print = (overrides: Partial<PrintRequest> = {}) => ipcMain.invoke('print.confirmation', fromMain(), request(overrides));

  beforeEach(() => {
    fakeElectron.reset();
    folder = mkdtempSync(join(tmpdir(), 'steeldesk-print-'));
    windows = new WindowRegistry();
    main = windows.track(createMainWindow({ preload: '/app/preload.cjs', devTools: false }) as never) as unknown as FakeBrowserWindow;
    printWindows = [];
    printer = { layout: 'a4', deviceName: 'EPSON_LQ_630K', copies: 3 };
    showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: join(folder, 'chosen.pdf') }));
    pageAnswer = (job) => ({ job, status: 'ready', documentName: '成交确认单 ZL-20261120-001' });
    dialogEnds = (callback) => callback(true, '');

    const jobs = new PrintJobs();
    const confirmation = createConfirmationPrinter({
      openWindow: (url) => {
        const window = createPrintWindow({ preload: '/app/preload.cjs', url }) as unknown as PrintingWindow;
        Object.assign(window.webContents, {
          print: vi.fn((_options: WebContentsPrintOptions, callback: PrintCallback) => dialogEnds(callback)),
          printToPDF: vi.fn(async () => PDF_BYTES),
        });
        printWindows.push(window);
        windows.track(window as never);
        // The page in the window: reads its job from the route and signals main over IPC, as an app window.
        const job = /[?&]job=([^&]+)/.exec(url)?.[1] ?? '';
        if (pageAnswer) {
          const answer = pageAnswer(job);
          queueMicrotask(() => void ipcMain.invoke('print.ready', invokeEvent(window.webContents, { url }), answer));
        }
        return window as never;
      },
      jobs,
      dialog: { showSaveDialog } as never,
      writeFile: async (path, data) => (await import('node:fs/promises')).writeFile(path, data),
      printerSettings: () => printer,
      newJobId: () => JOB,
    });
    registerHandlers(
      ipcMain.asElectron(),
      createMainHandlers({
        settings: createSettingsService({ read: () => DEFAULT_SETTINGS, write: () => undefined }),
        openExternal: async () => false,
        hub: unpairedHub(),
        office: officeOff(),
        version: '1',
        platform: 'linux',
        print: { confirmation, jobs },
      }),
      createSenderCheck((contents) => windows.owns(contents)),
    );
  });

  afterEach(() => {
    vi.useRealTimers();
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens one hidden, sandboxed print window on the print route of the deal, with its job', async () => {
    await print({ layout: 'continuous241', language: 'en', copy: true });
    expect(printWindows).toHaveLength(1);
    const window = printWindows[0]!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(
      `app://steeldesk/index.html#/print/confirmation/${DEAL_ID}?layout=continuous241&lang=en&copy=1&job=${JOB}`,
    );
  });

  it('prints through the system dialog on the configured printer, copies and paper, once the page is ready', async () => {
    await expect(print({ layout: 'continuous241' })).resolves.toEqual({ status: 'printed' });
    const [options] = printWindows[0]!.webContents.print.mock.calls[0]!;
    expect(options).toEqual({ silent: false, printBackground: true, deviceName: 'EPSON_LQ_630K', copies: 3, pageSize: { width: 241_000, height: 279_400 } });
    expect(printWindows[0]!.destroyed).toBe(true);
  });

  it('leaves the printer choice to the system when none is configured', async () => {
    printer = { layout: 'a4', deviceName: '  ', copies: 1 };
    await print();
    const [options] = printWindows[0]!.webContents.print.mock.calls[0]!;
    expect(options).not.toHaveProperty('deviceName');
    expect(options).toMatchObject({ copies: 1, pageSize: { width: 210_000, height: 297_000 } });
  });

  it('answers a cancelled print dialog with `cancelled`, not an error', async () => {
    dialogEnds = (callback) => callback(false, 'Print job canceled');
    await expect(print()).resolves.toEqual({ status: 'cancelled' });
    expect(printWindows[0]!.destroyed).toBe(true);
  });

  it('reports a printer failure as an error, with the reason', async () => {
    dialogEnds = (callback) => callback(false, 'Print job failed');
    await expect(print()).rejects.toThrow('print: the printer reported "Print job failed"');
    expect(printWindows[0]!.destroyed).toBe(true);
  });

  it('saves a PDF where the broker chooses, named after the document', async () => {
    await expect(print({ mode: 'pdf' })).resolves.toEqual({ status: 'saved', path: join(folder, 'chosen.pdf') });
    expect(readFileSync(join(folder, 'chosen.pdf'))).toEqual(PDF_BYTES);
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: '成交确认单 ZL-20261120-001.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    const [options] = printWindows[0]!.webContents.printToPDF.mock.calls[0]!;
    expect(options).toMatchObject({ printBackground: true, preferCSSPageSize: true, pageSize: { width: 210 / 25.4, height: 297 / 25.4 } });
    expect(printWindows[0]!.webContents.print).not.toHaveBeenCalled();
    expect(printWindows[0]!.destroyed).toBe(true);
  });

  it('answers a cancelled save dialog with `cancelled`, and writes nothing', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(print({ mode: 'pdf' })).resolves.toEqual({ status: 'cancelled' });
    expect(printWindows[0]!.webContents.printToPDF).not.toHaveBeenCalled();
    expect(existsSync(join(folder, 'chosen.pdf'))).toBe(false);
  });

  it('fails with the page\'s reason when the page cannot make the document', async () => {
    pageAnswer = (job) => ({ job, status: 'failed', message: 'deal 019a8f00… is not in the demo book' });
    await expect(print()).rejects.toThrow('print: deal 019a8f00… is not in the demo book');
    expect(printWindows[0]!.webContents.print).not.toHaveBeenCalled();
    expect(printWindows[0]!.destroyed).toBe(true);
  });

  it('fails when the page crashes before it is ready', async () => {
    pageAnswer = undefined;
    const printing = print();
    await vi.waitFor(() => expect(printWindows).toHaveLength(1));
    printWindows[0]!.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect(printing).rejects.toThrow('print: the print page crashed');
  });

  it('gives up on a page that never gets ready', async () => {
    vi.useFakeTimers();
    pageAnswer = undefined;
    const printing = print();
    const outcome = expect(printing).rejects.toThrow('print: the print page was not ready after 30 s');
    await vi.advanceTimersByTimeAsync(30_000);
    await outcome;
    expect(printWindows[0]!.destroyed).toBe(true);
  });

  describe('the print channels at the IPC boundary', () => {
    it.each([
      ['a deal id that is not a UUIDv7', { dealId: 'x' }, 'args[0].dealId'],
      ['an unknown mode', { mode: 'fax' }, 'args[0].mode'],
      ['an unknown layout', { layout: 'letter' }, 'args[0].layout'],
      ['a copy flag that is not a boolean', { copy: 'yes' }, 'args[0].copy'],
    ])('refuse %s before any window opens', async (_case, overrides, where) => {
      await expect(ipcMain.invoke('print.confirmation', fromMain(), { ...request(), ...overrides })).rejects.toThrow(
        `print.confirmation: invalid arguments: ${where}`,
      );
      expect(printWindows).toEqual([]);
    });

    it('refuse a sender that is not an app window', async () => {
      const stranger = new FakeWebContents();
      await expect(ipcMain.invoke('print.confirmation', invokeEvent(stranger), request())).rejects.toThrow(
        'print.confirmation: refused an untrusted sender',
      );
      await expect(ipcMain.invoke('print.confirmation', invokeEvent(main.webContents, { url: 'https://evil.example/' }), request())).rejects.toThrow(
        'untrusted sender',
      );
      await expect(ipcMain.invoke('print.ready', invokeEvent(stranger), { job: JOB, status: 'ready', documentName: 'x' })).rejects.toThrow(
        'print.ready: refused an untrusted sender',
      );
      expect(printWindows).toEqual([]);
    });

    it('refuse a ready signal that is not one', async () => {
      await expect(ipcMain.invoke('print.ready', fromMain(), { job: 'not-a-uuid', status: 'ready', documentName: 'x' })).rejects.toThrow(
        'print.ready: invalid arguments: args[0].job',
      );
    });

    it('ignore a ready signal for no waiting job', async () => {
      await expect(ipcMain.invoke('print.ready', fromMain(), { job: JOB, status: 'ready', documentName: 'x' })).resolves.toBeNull();
    });

    it('stop trusting a print window once it closed', async () => {
      await print();
      const closed = printWindows[0]!;
      await expect(ipcMain.invoke('print.ready', invokeEvent(closed.webContents), { job: JOB, status: 'ready', documentName: 'x' })).rejects.toThrow(
        'untrusted sender',
      );
    });
  });
});
