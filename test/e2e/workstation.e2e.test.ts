import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, workstationForSuite } from './support/workstationPage';

// Issue 2, point 8: the web build in Debian Chromium, one persistent profile for the whole journey.
const PAGES = [
  { zh: '撮合台', en: 'Matching desk', id: 'desk' },
  { zh: '客户', en: 'Customers', id: 'customers' },
  { zh: '成交', en: 'Deals', id: 'deals' },
  { zh: '分析', en: 'Analytics', id: 'analytics' },
  { zh: '同步', en: 'Sync', id: 'sync' },
  { zh: '设置', en: 'Settings', id: 'settings' },
] as const;

let page: Page;
const workstation = workstationForSuite((opened) => {
  page = opened.page;
});

async function countOf(testId: string): Promise<number> {
  const text = await page.getByTestId(testId).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Pixels of one character drawn with the page's own font stack, as a string of alpha values. */
async function glyphPixels(char: string): Promise<{ ink: number; signature: string }> {
  return page.evaluate(async (c) => {
    await document.fonts.ready;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 48;
    const ctx = canvas.getContext('2d')!;
    ctx.font = `40px ${getComputedStyle(document.body).fontFamily}`;
    ctx.fillText(c, 4, 40);
    const alpha = Array.from(ctx.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3));
    return { ink: alpha.filter((a) => a > 0).length, signature: alpha.join(',') };
  }, char);
}

describe('the workstation in Chromium', () => {
  it('boots in zh-CN and offers the demo book on first run', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('dialog', { name: '欢迎使用钢材撮合工作台' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/first-run.png` });
  });

  it('renders Chinese glyphs with the bundled font, not missing-glyph boxes', async () => {
    const loaded = await page.evaluate(async () => {
      await document.fonts.load('16px "Noto Sans SC"', '钢材撮合');
      return document.fonts.check('16px "Noto Sans SC"', '钢材撮合');
    });
    expect(loaded).toBe(true);
    const steel = await glyphPixels('钢');
    const missing = await glyphPixels('\uE000'); // private use: no font has it, so it draws the missing-glyph box
    expect(steel.ink).toBeGreaterThan(50);
    expect(steel.signature).not.toBe(missing.signature);
  });

  it('loads the demo book, marked as demo, with real data on the desk', async () => {
    await page.getByRole('button', { name: '载入演示账本' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 90_000 });
    await page.getByTestId('demo-banner').waitFor();
    await page.getByTestId('page-desk').waitFor();
    expect(await countOf('open-offers-count')).toBeGreaterThan(1000);
    expect(await countOf('open-requests-count')).toBeGreaterThan(100);
  });

  it('reaches every page from the navigation, each with its data', async () => {
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const target of PAGES) {
      await nav.getByRole('link', { name: target.zh }).click();
      await page.getByTestId(`page-${target.id}`).waitFor();
      await page.getByRole('heading', { level: 1, name: target.zh }).waitFor();
      expect(await nav.getByRole('link', { name: target.zh }).getAttribute('aria-current')).toBe('page');
      await page.screenshot({ path: `${SCREENSHOTS}/${target.id}-zh.png` });
    }
    await nav.getByRole('link', { name: '客户' }).click();
    expect(await countOf('customer-list-count')).toBeGreaterThan(200);
    await nav.getByRole('link', { name: '成交' }).click();
    expect(await countOf('deal-list-count')).toBeGreaterThan(500);
  });

  it('keeps the data and the book choice across a reload (IndexedDB)', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '撮合台' }).click();
    const offersBefore = await countOf('open-offers-count');
    await page.reload();
    await page.getByTestId('page-desk').waitFor();
    await page.getByTestId('demo-banner').waitFor();
    await expect.poll(() => countOf('open-offers-count'), { timeout: 30_000 }).toBe(offersBefore);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('switches to English live, and stays English after a reload', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
    await page.getByLabel('界面语言').selectOption('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    for (const target of PAGES) {
      await nav.getByRole('link', { name: target.en, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: target.en, exact: true }).waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/${target.id}-en.png` });
    }
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  });

  it('raised no uncaught page errors along the way', () => {
    expect(workstation().pageErrors).toEqual([]);
  });
});
