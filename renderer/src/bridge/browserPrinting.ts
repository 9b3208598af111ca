import { z } from 'zod';
import { PrintJobIdSchema } from '../../../shared/print/printRequest';
import type { Unsubscribe } from '../../../shared/ipc/steelDeskApi';

/** What a print tab tells the page that opened it, over a BroadcastChannel of the origin. */
export const PrintTabMessageSchema = z.discriminatedUnion('status', [
  /** The document is ready and the browser's print dialog is opening. */
  z.object({ job: PrintJobIdSchema, status: z.literal('printing') }).strict(),
  /** The print dialog closed (a browser does not say whether it printed or was cancelled). */
  z.object({ job: PrintJobIdSchema, status: z.literal('printed') }).strict(),
  z.object({ job: PrintJobIdSchema, status: z.literal('failed'), message: z.string() }).strict(),
]);
export type PrintTabMessage = z.infer<typeof PrintTabMessageSchema>;

/** What the web bridge needs of the browser to print: a tab for the print route, its print dialog, and messages between the two. */
export interface BrowserPrinting {
  /** Opens this app at `hash` in a new tab; false when the browser blocked the pop-up. */
  openTab(hash: string): boolean;
  /** The browser's print dialog for this page; returns once it is closed. */
  printThisPage(): void;
  /** Closes this page (a print tab the app opened itself). */
  closeThisPage(): void;
  post(message: PrintTabMessage): void;
  /** Messages from other tabs of this origin, unvalidated. */
  listen(listener: (message: unknown) => void): Unsubscribe;
  newJobId(): string;
}

const CHANNEL_NAME = 'steeldesk.print';

/** Printing in a real browser window. */
export function browserPrinting(window: Window): BrowserPrinting {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  return {
    openTab: (hash) => window.open(`${window.location.pathname}${window.location.search}${hash}`, '_blank') !== null,
    printThisPage: () => window.print(),
    closeThisPage: () => window.close(),
    post: (message) => channel.postMessage(message),
    listen: (listener) => {
      const onMessage = (event: MessageEvent) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    newJobId: () => window.crypto.randomUUID(),
  };
}
