import type { BrowserWindow, Dialog } from 'electron';
import { APP_ENTRY_URL } from '../appOrigin';
import { paperSizeInches, paperSizeMicrons } from '../../../shared/print/printLayouts';
import type { PrintReady, PrintRequest, PrintResult } from '../../../shared/print/printRequest';
import { printRouteHash, printRouteOf } from '../../../shared/print/printRoute';
import type { Settings } from '../../../shared/settings/settings';
import { pdfFileName } from '../../../shared/print/pdfFileName';
import type { PrintJobs, WatchedContents } from './printJobs';

/** What the printer uses of a print window. */
export type PrintableWindow = Pick<BrowserWindow, 'close' | 'isDestroyed'> & {
  readonly webContents: Pick<BrowserWindow['webContents'], 'print' | 'printToPDF'> & WatchedContents;
};

export interface ConfirmationPrinterDependencies {
  /** Opens a hidden print window on the given app:// URL (createPrintWindow, tracked as an app window). */
  readonly openWindow: (url: string) => PrintableWindow;
  readonly jobs: PrintJobs;
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  /** The printer settings: device and copies. */
  readonly printerSettings: () => Settings['printer'];
  readonly newJobId: () => string;
}

/** Prints a deal's confirmation, or saves it as PDF. */
export type ConfirmationPrinter = (request: PrintRequest) => Promise<PrintResult>;

/**
 * The print flow in main: a hidden print window on the print route of the deal, waiting for the
 * page's `print.ready` (deal read, fonts loaded), then the system print dialog with the
 * configured printer and copies, or a save dialog and `printToPDF` into the chosen file. A
 * cancelled dialog is `cancelled`, not an error. The window is closed whatever happens.
 */
export function createConfirmationPrinter(deps: ConfirmationPrinterDependencies): ConfirmationPrinter {
  return async (request) => {
    const job = deps.newJobId();
    const window = deps.openWindow(`${APP_ENTRY_URL}${printRouteHash(printRouteOf(request, job))}`);
    try {
      const documentName = await deps.jobs.waitForReady(job, window.webContents);
      return request.mode === 'dialog' ? await printWithDialog(window, request, deps.printerSettings()) : await saveAsPdf(window, request, documentName, deps);
    } finally {
      if (!window.isDestroyed()) window.close();
    }
  };
}

/** Electron's reasons for a print that did not happen because the user cancelled it. */
const CANCELLED = /cancel/i;

function printWithDialog(window: PrintableWindow, request: PrintRequest, printer: Settings['printer']): Promise<PrintResult> {
  return new Promise((resolve, reject) => {
    window.webContents.print(
      {
        silent: false,
        printBackground: true,
        ...(printer.deviceName.trim() ? { deviceName: printer.deviceName.trim() } : {}),
        copies: printer.copies,
        pageSize: paperSizeMicrons(request.layout),
      },
      (success, failureReason) => {
        if (success) resolve({ status: 'printed' });
        else if (CANCELLED.test(failureReason)) resolve({ status: 'cancelled' });
        else reject(new Error(`print: the printer reported "${failureReason}"`));
      },
    );
  });
}

async function saveAsPdf(window: PrintableWindow, request: PrintRequest, documentName: string, deps: ConfirmationPrinterDependencies): Promise<PrintResult> {
  const choice = await deps.dialog.showSaveDialog({
    defaultPath: pdfFileName(documentName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const pdf = await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, pageSize: paperSizeInches(request.layout) });
  await deps.writeFile(choice.filePath, pdf);
  return { status: 'saved', path: choice.filePath };
}

/** The handlers of the print channels, for createMainHandlers. */
export function printHandlers(print: ConfirmationPrinter, jobs: PrintJobs) {
  return {
    'print.confirmation': (request: PrintRequest) => print(request),
    'print.ready': (ready: PrintReady) => {
      jobs.signal(ready);
      return null;
    },
  } as const;
}
