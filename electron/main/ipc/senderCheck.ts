import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from '../appOrigin';

/** Why a sender is not trusted, or `null` when it is. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => string | null;

/**
 * Trusts a call only from the main frame of one of our windows showing our app:// origin: not from
 * an iframe, not from a page that navigated elsewhere, not from a web contents we did not create.
 */
export function createSenderCheck(isOurWebContents: (contents: WebContents) => boolean): SenderCheck {
  return ({ sender, senderFrame }) => {
    if (senderFrame === null) return 'the sending frame no longer exists';
    if (senderFrame.parent !== null) return `frame ${senderFrame.url} is not a main frame`;
    if (!isAppUrl(senderFrame.url)) return `frame ${senderFrame.url} is not on ${APP_ORIGIN}`;
    if (!isOurWebContents(sender)) return 'the sender is not one of the app windows';
    return null;
  };
}
