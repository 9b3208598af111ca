import type { Session } from 'electron';
import { isAppUrl } from '../appOrigin';

/**
 * Permissions the app's own pages may use: writing to the clipboard (brokers paste deal lines into
 * WeChat). Everything else, from any page, is denied.
 */
const GRANTED_TO_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

function isGranted(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_TO_APP.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** Denies permission requests, permission checks and device access by default. */
export function denyPermissionsByDefault(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isGranted(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
