import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchProfile, type ChromiumProfile } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/staticServer';

// Issue 5: the broker's journey on the demo book in Chromium, from a pasted stock list to a
// confirmed deal on the Deals page. (Printing and the customer stage badge are appended at merge.)
const SCREENSHOTS = 'test-results/screenshots';
const NUMBER = /[A-Z]{2,4}-\d{8}-[0-9A-F]{4}-\d{3,}/g;

let server: StaticServer;
let profile: ChromiumProfile;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic('out/renderer');
  profile = await launchProfile();
  page = await profile.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url + '/');
});

afterAll(async () => {
  await profile?.close();
  await server?.close();
});

async function countOf(testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).innerText()).replace(/[^\d]/g, ''));
}

/** The first customer the party field offers (its completion list), typed into the field. */
async function pickFirstParty(dialog: Locator, label: string): Promise<string> {
  const field = dialog.getByRole('combobox', { name: label });
  const listId = await field.getAttribute('list');
  await expect.poll(() => dialog.locator(`datalist[id="${listId}"] option`).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const name = (await dialog.locator(`datalist[id="${listId}"] option`).first().getAttribute('value'))!;
  await field.fill(name);
  return name;
}

const STOCK_LIST = ['【螺纹钢】', '沙钢 HRB400E Φ20*12m 30吨 3560 乐从库', '永钢 HRB400E Φ20*12m 25吨 3550 乐从库', '今天天气不错哈哈哈'].join('\n');

describe('the desk journey on the demo book', () => {
  let buyer: string;
  let numbers: string[];

  it('loads the demo book', async () => {
    await page.getByRole('button', { name: '载入演示账本' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 90_000 });
    await page.getByTestId('page-desk').waitFor();
    await expect.poll(() => countOf('open-offers-count'), { timeout: 30_000 }).toBeGreaterThan(1000);
  });

  it('pastes a stock list: every line is shown with what was read, the good ones are saved as offers', async () => {
    const before = await countOf('open-offers-count');
    await page.getByRole('button', { name: '粘贴识别' }).click();
    const dialog = page.getByRole('dialog', { name: '粘贴识别' });
    await pickFirstParty(dialog, '卖方');
    await dialog.getByRole('textbox', { name: '粘贴微信内容' }).fill(STOCK_LIST);
    await expect.poll(() => dialog.getByTestId('paste-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')))).toEqual([
      'skipped',
      'ready',
      'ready',
      'blocked',
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/desk-paste.png` });
    await dialog.getByRole('button', { name: '保存 2 条货源' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => countOf('open-offers-count')).toBe(before + 2);
  });

  it('enters a request by keyboard and sees ranked candidates with their reasons', async () => {
    await page.getByRole('button', { name: '登记求购' }).click();
    const dialog = page.getByRole('dialog', { name: '登记求购' });
    buyer = await pickFirstParty(dialog, '买方');
    await dialog.getByRole('combobox', { name: '材质' }).fill('HRB400E');
    await dialog.getByRole('combobox', { name: '规格' }).fill('Φ20*12m');
    await dialog.getByRole('textbox', { name: '数量（吨）' }).press('Tab');
    await dialog.getByRole('textbox', { name: '数量（吨）' }).fill('2000');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The request just entered is picked at once.
    await expect.poll(() => page.getByTestId('candidates').getByRole('heading').innerText(), { timeout: 30_000 }).toMatch(/推荐货源：螺纹钢 HRB400E Φ20\*12m/);
    const list = page.getByRole('list', { name: '推荐货源' });
    await list.waitFor({ timeout: 30_000 });
    expect(await list.getByTestId('candidate').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => list.getByTestId('candidate').first().innerText()).toMatch(/材质一致：HRB400E/);
    const scores = await list.getByTestId('candidate-score').evaluateAll((els) => els.map((el) => Number(el.textContent!.replace(/[^\d.]/g, ''))));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('fills the line from two offers, confirms the deals and sees the remaining quantity drop', async () => {
    await page.getByRole('checkbox', { name: /^选用第 1 名/ }).check();
    await page.getByRole('checkbox', { name: /^选用第 2 名/ }).check();
    const summary = page.getByTestId('fill-summary');
    const stillNeeded = async () => Number((await summary.innerText()).match(/还需 ([\d,.]+) 吨/)![1]!.replace(/,/g, ''));
    expect(await stillNeeded()).toBe(2000);
    await page.getByRole('button', { name: '成交（2 个货源）' }).click();
    const dialog = page.getByRole('dialog', { name: `成交：${buyer}` });
    await dialog.getByRole('button', { name: '确认成交' }).click();
    await dialog.waitFor({ state: 'detached' });
    const notice = await page.getByTestId('desk-notice').innerText();
    numbers = notice.match(NUMBER) ?? [];
    expect(numbers.length).toBeGreaterThanOrEqual(1);
    await expect.poll(stillNeeded).toBeLessThan(2000);
    await page.screenshot({ path: `${SCREENSHOTS}/desk-filled.png` });
  });

  it('shows the confirmed deal on the Deals page with its number', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '成交' }).click();
    await page.getByTestId('page-deals').waitFor();
    await page.getByRole('combobox', { name: '状态' }).selectOption('confirmed');
    await page.getByRole('button', { name: numbers[0]! }).click();
    const detail = page.getByTestId('deal-detail');
    await expect.poll(() => detail.getByTestId('deal-number').innerText()).toBe(numbers[0]);
    expect(await detail.getByTestId('deal-status').getAttribute('data-status')).toBe('confirmed');
    expect(await detail.getByTestId('deal-buyer').innerText()).toBe(buyer);
    await detail.getByTestId('deal-print-slot').waitFor({ state: 'attached' });
    await page.screenshot({ path: `${SCREENSHOTS}/deal-detail.png` });
  });

  it('raised no uncaught page errors along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
