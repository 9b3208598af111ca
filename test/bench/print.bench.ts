import { build as esbuild } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { printRouteHash } from '../../shared/print/printRoute';
import type { PrintLayout } from '../../shared/print/printLayouts';
import { launchBrowser } from '../support/chromium';
import { serveStatic } from '../support/staticServer';
import { percentile, type BenchSuite, type Figure } from './harness/figure';

const GOAL_MS = 500;
const ROUNDS = 7;

interface PdfTimes {
  /** From opening the page to the PDF in hand. */
  totalMs: number;
  /** printToPDF alone, once the page is ready. */
  pdfMs: number;
}

/** Opens a page at `url`, waits for `ready` (a selector) and prints it to PDF, timing the whole and the PDF step. */
async function timePdf(browser: Pick<Browser, 'newPage'>, url: string, ready: string): Promise<PdfTimes> {
  const page = await browser.newPage();
  try {
    const started = performance.now();
    await page.goto(url);
    await page.locator(ready).waitFor({ timeout: 30_000 });
    const readyAt = performance.now();
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const done = performance.now();
    return { totalMs: done - started, pdfMs: done - readyAt };
  } finally {
    await page.close();
  }
}

/** Medians of ROUNDS timed runs after one warm-up run (the first load fills the browser's cache; the app's own files are local too). */
async function medians(run: () => Promise<PdfTimes>): Promise<{ totalMs: number; pdfMs: number; rounds: string }> {
  await run();
  const samples: PdfTimes[] = [];
  for (let round = 0; round < ROUNDS; round++) samples.push(await run());
  return {
    totalMs: percentile(samples.map((s) => s.totalMs), 50),
    pdfMs: percentile(samples.map((s) => s.pdfMs), 50),
    rounds: samples.map((s) => `${Math.round(s.totalMs)}(${Math.round(s.pdfMs)})`).join(' / '),
  };
}

/**
 * Issue 5: generating a deal confirmation PDF in Chromium (what the print window does): open the
 * print route, read the deal and its parties from IndexedDB, lay out, wait for the fonts, print to
 * PDF. Baseline in the same run: the PDF of a blank page, the browser's own floor.
 */
const printBench: BenchSuite = {
  name: 'print confirmation',
  async run(): Promise<Figure[]> {
    const outDir = mkdtempSync(join(tmpdir(), 'steeldesk-bench-print-'));
    await viteBuild({ configFile: 'vite.config.mts', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const seed = await esbuild({ entryPoints: ['test/bench/browser/printSeed.ts'], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
    const server = await serveStatic(outDir, {
      '/seed.html': '<!doctype html><meta charset="utf-8"><title>seed</title><script src="/seed.js"></script>',
      '/seed.js': seed.outputFiles[0]!.text,
      '/blank.html': '<!doctype html><meta charset="utf-8"><title>blank</title><body><p id="blank">&nbsp;</p></body>',
    });
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const seeding = await context.newPage();
      await seeding.goto(`${server.url}/seed.html`);
      const dealId = await seeding.evaluate(() => (globalThis as unknown as { seedPrintBook(): Promise<string> }).seedPrintBook());
      await seeding.close();
      // Pages of one context share the origin's IndexedDB, like the print window and the main window.
      const blank = await medians(() => timePdf(context, `${server.url}/blank.html`, '#blank'));
      console.log(`  blank page, ms per round (PDF step): ${blank.rounds}`);
      const figures: Figure[] = [];
      for (const layout of ['a4', 'continuous241'] as const satisfies readonly PrintLayout[]) {
        const url = `${server.url}/${printRouteHash({ dealId, layout, language: 'zh-CN', copy: false })}`;
        const confirmation = await medians(() => timePdf(context, url, '[data-testid="confirmation"][data-print-ready="true"]'));
        console.log(`  ${layout}, ms per round (PDF step): ${confirmation.rounds}`);
        figures.push(
          {
            name: `confirmation PDF (${layout}), whole job: open the print route, read the deal, load fonts, print to PDF`,
            value: confirmation.totalMs,
            unit: 'ms (median)',
            goal: `≤ ${GOAL_MS} ms`,
            met: confirmation.totalMs <= GOAL_MS,
            baseline: `blank page, whole job ${Math.round(blank.totalMs)} ms`,
          },
          {
            name: `confirmation PDF (${layout}), PDF step alone (CJK font subset embedded)`,
            value: confirmation.pdfMs,
            unit: 'ms (median)',
            goal: `≤ ${GOAL_MS} ms`,
            met: confirmation.pdfMs <= GOAL_MS,
            baseline: `blank page, PDF step ${Math.round(blank.pdfMs)} ms`,
          },
        );
      }
      await context.close();
      return figures;
    } finally {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};

export default printBench;
