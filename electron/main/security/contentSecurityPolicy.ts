import type { Session } from 'electron';

/**
 * The renderer's content security policy: everything from the app's own origin, nothing remote, no
 * eval, no inline script or style. `data:`/`blob:` only where Vite's build puts small assets (images,
 * fonts). renderer/index.html carries the same policy in a meta tag for the browser build (meta tags
 * cannot express `frame-ancestors`, which only this header adds).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CSP_HEADER = 'Content-Security-Policy';

/**
 * Puts the policy on every response the session receives, replacing any policy a response brought
 * (app:// responses carry it already; this also covers anything loaded another way).
 */
export function installContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== CSP_HEADER.toLowerCase()),
    );
    callback({ responseHeaders: { ...headers, [CSP_HEADER]: [CONTENT_SECURITY_POLICY] } });
  });
}
