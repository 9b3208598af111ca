import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchProfile } from '../../support/chromium';
import { serveStatic } from '../../support/staticServer';

/** Where the browser tests save their screenshots (a CI artifact). */
export const SCREENSHOTS = 'test-results/screenshots';

/** The web build served on 127.0.0.1 and open in a fresh Chromium profile, with its uncaught page errors collected. */
export interface WorkstationPage {
  readonly url: string;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Serves out/renderer (built by `npm run test:e2e`), opens it in a new profile and waits for the first load. */
export async function openWorkstation(): Promise<WorkstationPage> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serveStatic('out/renderer');
  const profile = await launchProfile();
  const page = await profile.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url + '/');
  return {
    url: server.url,
    context: profile.context,
    page,
    pageErrors,
    close: async () => {
      await profile.close();
      await server.close();
    },
  };
}

/**
 * Opens the workstation before the suite's tests (then runs `onOpen`, e.g. to keep its page in a
 * variable or load the demo book) and closes it after them; returns the open workstation.
 */
export function workstationForSuite(onOpen: (workstation: WorkstationPage) => void | Promise<void> = () => undefined): () => WorkstationPage {
  let opened: WorkstationPage | undefined;
  beforeAll(async () => {
    opened = await openWorkstation();
    await onOpen(opened);
  }, 180_000);
  afterAll(() => opened?.close());
  return () => {
    if (!opened) throw new Error('the workstation is not open: workstationForSuite opens it before the tests');
    return opened;
  };
}
