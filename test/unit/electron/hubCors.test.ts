import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHubCli } from '../../../electron/hub/cliOptions';
import { startHub, type RunningHub } from '../../../electron/hub/startHub';
import { freshPgliteDataDir } from '../../integration/hub/support/pgliteTemplate';

// The browser build calls the hub from another origin; only origins the office lists may
// (preflight and default-off: test/integration/sync/cors.test.ts). Here: what the Sync page needs
// beyond that, and the command line.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const WEB_BUILD = 'http://127.0.0.1:4173';

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

  it('lets a listed origin read refusals too (so the page can say why), and no other origin', async () => {
    const refused = await fetch(`${hub.url}/v1/pair`, { method: 'POST', headers: { origin: WEB_BUILD, 'content-type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('access-control-allow-origin')).toBe(WEB_BUILD);
    const unauthorized = await fetch(`${hub.url}/v1/status`, { method: 'POST', headers: { origin: WEB_BUILD, 'content-type': 'application/json' }, body: '{}' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe(WEB_BUILD);
    const stranger = await fetch(`${hub.url}/v1/status`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is set from the command line with --cors-origin (origins only), and off without it', () => {
    const cli = parseHubCli(['--cors-origin', WEB_BUILD, '--cors-origin', 'https://desk.example.com'], {});
    expect(cli.help === false && cli.options.corsOrigins).toEqual([WEB_BUILD, 'https://desk.example.com']);
    expect(parseHubCli([], {})).toEqual({ help: false, options: expect.not.objectContaining({ corsOrigins: expect.anything() }) });
    expect(() => parseHubCli(['--cors-origin', 'http://127.0.0.1:4173/app'], {})).toThrow(
      '--cors-origin must be an origin like http://127.0.0.1:4173, without a path (got "http://127.0.0.1:4173/app")',
    );
    expect(() => parseHubCli(['--cors-origin', '*'], {})).toThrow('--cors-origin must be an origin');
  });
});
