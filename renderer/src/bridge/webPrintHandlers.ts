import type { IpcHandler } from '../../../shared/ipc/dispatchInvoke';
import { PRINT_READY_TIMEOUT_MS, type PrintResult } from '../../../shared/print/printRequest';
import { printRouteHash, printRouteOf } from '../../../shared/print/printRoute';
import { PrintTabMessageSchema, type BrowserPrinting } from './browserPrinting';

/**
 * The print channels in a browser. `print.confirmation` opens the print route in a new tab and
 * waits for that tab's word; `print.ready`, called by the print page in that tab, opens the
 * browser's print dialog (which also offers "Save as PDF", so both modes end there) and reports
 * back. A browser does not tell a cancelled print dialog from a print, so a closed dialog counts
 * as `printed`.
 */
export function webPrintHandlers(printing: BrowserPrinting): {
  'print.confirmation': IpcHandler<'print.confirmation'>;
  'print.ready': IpcHandler<'print.ready'>;
} {
  return {
    'print.confirmation': (request) => {
      const job = printing.newJobId();
      const outcome = new Promise<PrintResult>((resolve, reject) => {
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          stop();
          settle();
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`print: the print tab was not ready after ${PRINT_READY_TIMEOUT_MS / 1000} s`))),
          PRINT_READY_TIMEOUT_MS,
        );
        const stop = printing.listen((data) => {
          const message = PrintTabMessageSchema.safeParse(data);
          if (!message.success || message.data.job !== job) return;
          // The dialog may stay open for as long as the broker likes: no timeout once it is up.
          if (message.data.status === 'printing') clearTimeout(timer);
          else if (message.data.status === 'printed') finish(() => resolve({ status: 'printed' }));
          else {
            const { message: why } = message.data;
            finish(() => reject(new Error(`print: ${why}`)));
          }
        });
        if (!printing.openTab(printRouteHash(printRouteOf(request, job)))) {
          finish(() => reject(new Error('print: the browser blocked the print tab; allow pop-ups for this site and print again')));
        }
      });
      return outcome;
    },
    'print.ready': (ready) => {
      if (ready.status === 'failed') {
        printing.post({ job: ready.job, status: 'failed', message: ready.message });
        return null;
      }
      printing.post({ job: ready.job, status: 'printing' });
      printing.printThisPage();
      printing.post({ job: ready.job, status: 'printed' });
      printing.closeThisPage();
      return null;
    },
  };
}
