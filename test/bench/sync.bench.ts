import { rmSync } from 'node:fs';
import { createDemoContext, generateOffers } from '../../shared/demo';
import { startHub, type RunningHub } from '../../electron/hub/startHub';
import { TestOffice } from '../integration/hub/support/office';
import { freshPgliteDataDir } from '../integration/hub/support/pgliteTemplate';
import type { DaysEndTimes, InitialSyncTimes } from './browser/bookSync';
import { withChromiumPage } from './harness/chromium';
import type { BenchSuite, Figure } from './harness/figure';

const ROWS = 100_000;
const SEED_BATCH = 1_000;
const INITIAL_GOAL_MS = 15_000;
const INITIAL_GOAL_RATIO = 1.5;
const DAYS_END = 2_000;
const DAYS_END_GOAL_MS = 2_000;

type BenchPage = {
  benchInitialSync(hubUrl: string, code: string): Promise<InitialSyncTimes>;
  benchDaysEnd(mutations: number): Promise<DaysEndTimes>;
};

/** A push whose connection dropped is sent again (the hub applies each mutation once). */
async function pushAgainIfDropped<T>(push: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await push();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

/** Fills the hub with `ROWS` offers, pushed over HTTP by an office device (not timed). */
async function seedHub(office: TestOffice): Promise<void> {
  const seeder = await office.pairLaptop('bench-seeder', { role: 'office' });
  for (const offer of generateOffers(createDemoContext({ offers: ROWS }), ROWS)) seeder.create('offers', offer);
  const queued = seeder.outbox.splice(0);
  for (let i = 0; i < queued.length; i += SEED_BATCH) {
    seeder.outbox.push(...queued.slice(i, i + SEED_BATCH));
    const reply = await pushAgainIfDropped(() => seeder.push());
    if (reply.status !== 200) throw new Error(`seeding the hub failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
  }
}

/**
 * Issue 7, laptop side, in Chromium against a hub on 127.0.0.1 (PGlite): (1) the first sync of an
 * empty laptop pulling 100k records, against a raw Dexie bulkPut of the same rows in the same page;
 * (2) a day's-end sync of 2k mutations (push, then pull them back), the laptop's share being the
 * sync's time minus the time spent waiting for the hub's replies.
 */
const syncBench: BenchSuite = {
  name: 'sync engine',
  async run(): Promise<Figure[]> {
    const dataDir = await freshPgliteDataDir();
    let hub: RunningHub | undefined;
    try {
      hub = await startHub({ dataDir, host: '127.0.0.1', port: 0, corsOrigins: ['*'], bodyLimitBytes: 16 * 1024 * 1024 });
      const office = new TestOffice(hub.url, hub.officeToken!);
      await seedHub(office);
      const code = await office.pairingCode({ role: 'office' });
      const hubUrl = hub.url;
      const { initial, daysEnd } = await withChromiumPage('test/bench/browser/bookSync.ts', async (page) => {
        const initialTimes = await page.evaluate(([url, pairingCode]) => (globalThis as unknown as BenchPage).benchInitialSync(url, pairingCode), [hubUrl, code] as const);
        const daysEndTimes = await page.evaluate((count) => (globalThis as unknown as BenchPage).benchDaysEnd(count), DAYS_END);
        return { initial: initialTimes, daysEnd: daysEndTimes };
      });
      // The hub alone: the same pull of everything by a client that keeps it in memory only.
      const reader = await office.pairLaptop('bench-reader', { role: 'office' });
      const hubAloneStart = performance.now();
      await reader.pullAll(5_000);
      const hubAloneMs = performance.now() - hubAloneStart;
      const ratio = initial.syncMs / initial.rawMs;
      const laptopMs = daysEnd.totalMs - daysEnd.hubMs;
      const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
      return [
        {
          name: `first sync of an empty laptop: ${initial.rows.toLocaleString('en-US')} records pulled over HTTP into IndexedDB (Chromium, PGlite hub on loopback)`,
          value: initial.syncMs,
          unit: 'ms',
          goal: `≤ ${INITIAL_GOAL_MS.toLocaleString('en-US')} ms`,
          met: initial.syncMs <= INITIAL_GOAL_MS,
          baseline: `the hub alone serving the same pull to a Node client keeping it in memory: ${ms(hubAloneMs)}; requests in flight (overlapping the saves) ${ms(initial.hubMs)}`,
        },
        {
          name: `first sync of ${initial.rows.toLocaleString('en-US')} records ÷ raw Dexie bulkPut of the same rows`,
          value: ratio,
          unit: '×',
          goal: `≤ ${INITIAL_GOAL_RATIO}×`,
          met: ratio <= INITIAL_GOAL_RATIO,
          baseline: `raw bulkPut ${ms(initial.rawMs)} in the same page`,
        },
        {
          name: `laptop side of a day's-end sync: ${daysEnd.mutations.toLocaleString('en-US')} mutations pushed, ${daysEnd.pulled.toLocaleString('en-US')} changes pulled back`,
          value: laptopMs,
          unit: 'ms',
          goal: `≤ ${DAYS_END_GOAL_MS.toLocaleString('en-US')} ms`,
          met: laptopMs <= DAYS_END_GOAL_MS,
          baseline: `whole sync ${ms(daysEnd.totalMs)}, of which waiting for the hub ${ms(daysEnd.hubMs)}`,
        },
      ];
    } finally {
      await hub?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export default syncBench;
