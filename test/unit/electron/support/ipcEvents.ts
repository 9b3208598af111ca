import type { FakeWebContents } from './fakeElectron';

interface FrameOptions {
  /** The URL of the frame that sent the call. */
  url?: string;
  /** Whether the frame is a subframe (an iframe) of the page. */
  subframe?: boolean;
  /** The frame is gone (navigated away or destroyed) by the time the call arrives. */
  frameGone?: boolean;
}

/** An `IpcMainInvokeEvent` as Electron builds it for a call from `sender`. */
export function invokeEvent(sender: FakeWebContents, { url = 'app://steeldesk/index.html', subframe = false, frameGone = false }: FrameOptions = {}) {
  const mainFrame = { url: 'app://steeldesk/index.html', parent: null };
  return { sender, senderFrame: frameGone ? null : { url, parent: subframe ? mainFrame : null } };
}
