import { afterAll, beforeAll } from 'vitest';
import { startHub, type HubOptions, type RunningHub } from '../../../../electron/hub/startHub';
import type { HubBackend, HubStorage } from './backends';
import { TestOffice } from './office';

/** The hub's clock in tests: real time until a test moves it. */
export class TestClock {
  ms = Date.now();
  readonly now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** A hub on 127.0.0.1 (port 0) over fresh storage, with its office. */
export interface TestHub {
  hub: RunningHub;
  url: string;
  office: TestOffice;
  clock: TestClock;
  storage: HubStorage;
  /** Another hub process's view: a second hub on the same storage (PostgreSQL only). */
  startSibling(overrides?: Partial<HubOptions>): Promise<RunningHub>;
  /** Stop and start again on the same storage and port (same office token; laptops keep their URL). */
  restart(overrides?: Partial<HubOptions>): Promise<void>;
  close(): Promise<void>;
}

// Generous limits: tests that exercise rate limiting configure their own.
const TEST_DEFAULTS: Partial<HubOptions> = { host: '127.0.0.1', port: 0, rateLimit: { perSecond: 100_000, burst: 100_000 } };

export async function startTestHub(backend: HubBackend, overrides: Partial<HubOptions> = {}): Promise<TestHub> {
  const storage = await backend.freshStorage();
  const clock = new TestClock();
  const options = (extra: Partial<HubOptions> = {}): HubOptions => ({ ...TEST_DEFAULTS, now: clock.now, ...overrides, ...extra, ...storage.options });
  let hub = await startHub(options());
  if (!hub.officeToken) throw new Error('a fresh hub prints an office token');
  const officeToken = hub.officeToken;
  const siblings: RunningHub[] = [];
  const test: TestHub = {
    hub,
    url: hub.url,
    office: new TestOffice(hub.url, officeToken),
    clock,
    storage,
    async startSibling(extra) {
      const sibling = await startHub(options(extra));
      siblings.push(sibling);
      return sibling;
    },
    async restart(extra) {
      const port = Number(new URL(hub.url).port);
      await hub.close();
      hub = await startHub(options({ port, ...extra }));
      test.hub = hub;
      test.url = hub.url;
      test.office = new TestOffice(hub.url, officeToken);
    },
    async close() {
      for (const sibling of siblings) await sibling.close();
      await hub.close();
      await storage.dispose();
    },
  };
  return test;
}

/** For `beforeAll`/`afterAll` around hubs: creating a PGlite cluster takes seconds on a busy machine. */
export const HUB_HOOK_TIMEOUT_MS = 120_000;

/**
 * A hub for the enclosing `describe` block: started before its tests, closed after them. Returns
 * the running hub; call it inside hooks and tests.
 */
export function hubForSuite(backend: HubBackend, overrides: Partial<HubOptions> = {}): () => TestHub {
  let current: TestHub | undefined;
  beforeAll(async () => {
    current = await startTestHub(backend, overrides);
  }, HUB_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await current?.close();
  }, HUB_HOOK_TIMEOUT_MS);
  return () => {
    if (!current) throw new Error('the suite hub is not running (used outside its describe block?)');
    return current;
  };
}
