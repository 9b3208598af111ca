import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler, registerAppScheme, serveApp } from '../../../electron/main/protocol/appProtocol';
import { resolveAppPath } from '../../../electron/main/protocol/resolveAppPath';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/contentSecurityPolicy';
import { fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

// <tmp>/secret.txt sits next to the served root <tmp>/renderer: nothing may reach it.
let sandbox: string;
let root: string;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'steeldesk-protocol-'));
  root = join(sandbox, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>SteelDesk</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log("钢材")');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(sandbox, 'secret.txt'), 'TOP SECRET');
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it('maps app:// paths to files under the root, and / to index.html', () => {
    expect(resolveAppPath(root, 'app://steeldesk/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://steeldesk/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://steeldesk/assets/%E9%92%A2.png')).toBe(join(root, 'assets', '钢.png'));
    expect(resolveAppPath(root, 'app://steeldesk/index.html?x=1#/deals')).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://steeldesk/../secret.txt',
    'app://steeldesk/assets/../../secret.txt',
    'app://steeldesk/%2e%2e/secret.txt',
    'app://steeldesk/..%2fsecret.txt',
    'app://steeldesk/assets%2f..%2f..%2fsecret.txt',
    'app://steeldesk/..%5csecret.txt',
    'app://steeldesk/%2Fetc%2Fpasswd',
    'app://steeldesk/index.html%00.png',
    'app://steeldesk/%E0%A4%A',
  ])('refuses %s', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(join(root, '/'))).toBe(true);
    expect(resolved).not.toBe(join(sandbox, 'secret.txt'));
  });

  it.each(['app://other/index.html', 'file:///etc/passwd', 'https://steeldesk/index.html', 'not a url'])('refuses a URL that is not ours: %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('the app:// protocol', () => {
  beforeEach(() => fakeElectron.reset());

  const fetchApp = (url: string, init?: RequestInit): Promise<Response> => createAppRequestHandler(root)(new Request(url, init));

  it('is registered as a standard, secure scheme with fetch support', () => {
    registerAppScheme(fakeElectron.protocol);
    expect(fakeElectron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(fakeElectron.protocol.privileged[0]?.privileges?.bypassCSP).toBeUndefined();
  });

  it('serves the renderer root it was given', async () => {
    serveApp(fakeElectron.protocol, root);
    const handler = fakeElectron.protocol.handlers.get('app')!;
    const response = await handler(new Request('app://steeldesk/index.html'));
    expect(await response.text()).toContain('<title>SteelDesk</title>');
  });

  it('serves files with their content type, the CSP and no sniffing', async () => {
    const script = await fetchApp('app://steeldesk/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(script.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log("钢材")');

    const font = await fetchApp('app://steeldesk/assets/font.woff2');
    expect(font.headers.get('Content-Type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it.each(['app://steeldesk/../secret.txt', 'app://steeldesk/..%2fsecret.txt', 'app://steeldesk/%2e%2e%2fsecret.txt'])(
    'answers 404 to a traversal attempt (%s), never the file',
    async (url) => {
      const response = await fetchApp(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('TOP SECRET');
    },
  );

  it('answers 404 for a missing file or a folder', async () => {
    expect((await fetchApp('app://steeldesk/nope.js')).status).toBe(404);
    expect((await fetchApp('app://steeldesk/assets')).status).toBe(404);
  });

  it('is read-only', async () => {
    expect((await fetchApp('app://steeldesk/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await fetchApp('app://steeldesk/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
