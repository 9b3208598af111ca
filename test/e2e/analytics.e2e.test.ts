import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, workstationForSuite } from './support/workstationPage';

// Issue 6: the analytics page of the web build over the demo book in Debian Chromium, the
// metrics computed in the real Web Worker.

/** Each chart, with the marks it must draw when it has data. */
const CHARTS = [
  { id: 'chart-four-rates', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-repeat-trend', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-return-within', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-cohort-retention', marks: 'svg[data-chart] rect' },
  { id: 'chart-retention-curves', marks: 'path.recharts-line-curve' },
  { id: 'chart-churn', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-stage-distribution', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-stage-flows', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-phase-counts', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-profit-pareto', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-rfm-segments', marks: '.recharts-bar-rectangle path' },
  { id: 'chart-top-customers', marks: '[role="row"]' },
] as const;

let page: Page;
const workstation = workstationForSuite((opened) => {
  page = opened.page;
});

/** Waits until the worker has answered and no computation is under way. */
async function chartsSettled(): Promise<void> {
  await page.getByTestId('chart-four-rates').waitFor({ timeout: 90_000 });
  await page.getByTestId('analytics-progress').waitFor({ state: 'detached', timeout: 90_000 });
}

/** Clicks an export button of a chart and returns the downloaded file's name and bytes. */
async function exportOf(chart: Locator, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: button, exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The page scrolls inside its content area, so a tall window shows every chart at once. */
async function screenshotWholePage(name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: 3600 });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
  await page.setViewportSize(viewport);
}

describe('the analytics page in Chromium', () => {
  it('loads the demo book', async () => {
    await page.getByRole('button', { name: '载入演示账本' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 90_000 });
    await page.getByTestId('demo-banner').waitFor();
  });

  it('draws every chart with data, computed in the worker', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '分析' }).click();
    await page.getByTestId('page-analytics').waitFor();
    await chartsSettled();
    for (const chart of CHARTS) {
      const frame = page.getByTestId(chart.id);
      expect(await frame.getByTestId('empty-state').count(), `${chart.id} shows its empty state`).toBe(0);
      expect(await frame.locator(chart.marks).count(), `${chart.id} draws marks`).toBeGreaterThan(0);
    }
    // The page ran its metrics in a Web Worker of the bundle, not on the UI thread.
    const workers = page.workers().map((worker) => worker.url());
    expect(workers.some((url) => /analytics\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    await screenshotWholePage('analytics-charts-zh');
  });

  it('changes the numbers when a filter changes', async () => {
    const period = page.getByTestId('analytics-period');
    const funnel = page.getByTestId('chart-four-rates').locator('.recharts-label-list');
    const before = { period: await period.innerText(), funnel: await funnel.textContent() };
    const region = page.getByLabel('地区');
    const firstRegion = await region.locator('option').nth(1).getAttribute('value');
    await region.selectOption(firstRegion!);
    await expect.poll(() => period.innerText(), { timeout: 60_000 }).not.toBe(before.period);
    await chartsSettled();
    expect(await funnel.textContent()).not.toBe(before.funnel);
    await screenshotWholePage('analytics-charts-filtered');
  });

  it('lists the customers behind a cohort cell', async () => {
    // The first month of a cohort that has customers: all of them traded then.
    const cell = page.getByTestId('chart-cohort-retention').getByRole('button', { name: /同期群第 0 月：[1-9]/ }).first();
    const size = Number((await cell.getAttribute('aria-label'))!.match(/：(\d+) \//)![1]);
    await cell.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('drill-count').waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(size);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports a chart as CSV, Excel and PNG files', async () => {
    const chart = page.getByTestId('chart-repeat-trend');
    const csv = await exportOf(chart, 'CSV');
    expect(csv.name).toBe('repeat-purchase-by-month.csv');
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('月份,有成交的客户数,成交 ≥ 2 笔的客户数,比率 (%)');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d{4}-\d{2},\d+,\d+,[\d.]*$/);

    const xlsx = await exportOf(chart, 'Excel');
    expect(xlsx.name).toBe('repeat-purchase-by-month.xlsx');
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container, as .xlsx is

    const png = await exportOf(chart, '图片 PNG');
    expect(png.name).toBe('repeat-purchase-by-month.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    writeFileSync(`${SCREENSHOTS}/analytics-export-repeat-trend.png`, png.bytes);
    expect(png.bytes.length).toBeGreaterThan(5_000);
  });

  it('labels the charts in English when the interface is English', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
    await page.getByLabel('界面语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Analytics', exact: true }).click();
    await chartsSettled();
    await page.getByRole('heading', { level: 2, name: 'Cohort retention' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'The four rates' }).waitFor();
    expect(await page.getByTestId('chart-cohort-retention').locator('svg[data-chart] rect').count()).toBeGreaterThan(0);
    await screenshotWholePage('analytics-charts-en');
  });

  it('raised no uncaught page errors along the way', () => {
    expect(workstation().pageErrors).toEqual([]);
  });
});
