import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME } from '../appOrigin';
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy';
import { mimeTypeOf } from './mimeTypes';
import { resolveAppPath } from './resolveAppPath';

/**
 * Declares app:// as a standard, secure origin so the renderer gets what https would give it:
 * ES modules, fetch, IndexedDB and localStorage scoped to `app://steeldesk`. Must run before the
 * app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer bundle in `rootDir` over app://. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}

/**
 * Answers app:// requests from files under `rootDir`: read-only (GET/HEAD), nothing outside the
 * root, every response with the content security policy and no MIME sniffing.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method Not Allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return refusal(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch {
      return refusal(404, 'Not Found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(filePath) },
    });
  };
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
} as const;

function refusal(status: number, statusText: string): Response {
  return new Response(null, { status, statusText, headers: SECURITY_HEADERS });
}
