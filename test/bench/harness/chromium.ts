import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../support/chromium';
import { serveStatic } from '../../support/staticServer';

/**
 * Runs `fn` with a Chromium page on an http://127.0.0.1 origin into which the TypeScript module
 * `entry` (path from the project root) was bundled and loaded. The entry exposes what the bench
 * calls by assigning to `globalThis`, e.g. `Object.assign(globalThis, { importOffers })`.
 */
export async function withChromiumPage<T>(entry: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = await serveStatic('.', {
    '/': '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>',
    '/bench.js': script,
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    await page.goto(server.url + '/');
    return await fn(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
