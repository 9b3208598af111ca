import { describe, expect, it } from 'vitest';
import { HUB_BACKENDS } from '../hub/support/backends';
import { hubForSuite } from '../hub/support/testHub';

const PAGE = 'http://127.0.0.1:4173';

async function preflight(url: string): Promise<Response> {
  return fetch(`${url}/v1/pull`, {
    method: 'OPTIONS',
    headers: { origin: PAGE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
}

// A browser page on another origin (the web build, the sync bench) may call the hub only when the office allows its origin.
describe('hub CORS for browser pages', () => {
  describe('with the page’s origin allowed', () => {
    const hub = hubForSuite(HUB_BACKENDS[0]!, { corsOrigins: [PAGE] });

    it('answers the preflight and marks replies for that origin only', async () => {
      const reply = await preflight(hub().url);
      expect(reply.status).toBeLessThan(300);
      expect(reply.headers.get('access-control-allow-origin')).toBe(PAGE);
      expect(reply.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      const health = await fetch(`${hub().url}/v1/health`, { headers: { origin: PAGE } });
      expect(health.headers.get('access-control-allow-origin')).toBe(PAGE);
      const other = await fetch(`${hub().url}/v1/health`, { headers: { origin: 'http://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('by default', () => {
    const hub = hubForSuite(HUB_BACKENDS[0]!);

    it('allows no browser origin', async () => {
      const reply = await preflight(hub().url);
      expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
