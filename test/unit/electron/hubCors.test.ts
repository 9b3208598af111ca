import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHubCli } from '../../../electron/hub/cliOptions';
import { startHub, type RunningHub } from '../../../electron/hub/startHub';
import { freshPgliteDataDir } from '../../integration/hub/support/pgliteTemplate';

// The browser build calls the hub from another origin; only origins the office lists may.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const WEB_BUILD = 'http://127.0.0.1:4173';

function preflight(hub: RunningHub, origin: string): Promise<Response> {
  return fetch(`${hub.url}/v1/push`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
}

describe('the hub’s CORS allow-list', () => {
  let dataDir: string;
  let hub: RunningHub;

  beforeAll(async () => {
    dataDir = await freshPgliteDataDir();
    hub = await startHub({ dataDir, port: 0, corsOrigins: [WEB_BUILD], log: () => undefined });
  });

  afterAll(async () => {
    await hub?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a listed origin’s preflight for POST with the token and JSON headers', async () => {
    const reply = await preflight(hub, WEB_BUILD);
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe(WEB_BUILD);
    expect(reply.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(reply.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
  });

  it('lets a listed origin read refusals too (so the page can say why)', async () => {
    const reply = await fetch(`${hub.url}/v1/status`, { method: 'POST', headers: { origin: WEB_BUILD, 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
    expect(reply.headers.get('access-control-allow-origin')).toBe(WEB_BUILD);
  });

  it('gives any other origin nothing to read', async () => {
    const reply = await preflight(hub, 'https://evil.example');
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    const call = await fetch(`${hub.url}/v1/health`, { headers: { origin: 'https://evil.example' } });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is off by default, and set from the command line with --cors-origin', async () => {
    const plainDir = await freshPgliteDataDir();
    const plain = await startHub({ dataDir: plainDir, port: 0, log: () => undefined });
    try {
      expect((await preflight(plain, WEB_BUILD)).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.close();
      rmSync(plainDir, { recursive: true, force: true });
    }
    const cli = parseHubCli(['--cors-origin', WEB_BUILD, '--cors-origin', 'https://desk.example.com'], {});
    expect(cli.help === false && cli.options.corsOrigins).toEqual([WEB_BUILD, 'https://desk.example.com']);
    expect(parseHubCli([], {})).toEqual({ help: false, options: expect.not.objectContaining({ corsOrigins: expect.anything() }) });
    expect(() => parseHubCli(['--cors-origin', 'http://127.0.0.1:4173/app'], {})).toThrow('--cors-origin must be an origin like http://127.0.0.1:4173, without a path (got "http://127.0.0.1:4173/app")');
  });
});
