import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { marketDate } from '../../renderer/src/ui/format/marketTime';
import { computeCustomerInsights } from '../../shared/customers';
import { generateDemoBook } from '../../shared/demo';
import type { Deal } from '../../shared/model';
import { amountInWords } from '../../shared/money/amountInWords';
import { yuanToFen } from '../../shared/money/fen';
import { confirmDeal, enterRequest, pasteStockList, tickCandidates } from './support/deskSteps';
import { pdfFonts, pdfText, squeezed } from './support/pdfText';
import { printConfirmationPdf } from './support/printConfirmationPdf';
import { readStoredRecords } from './support/storedRecords';
import { SCREENSHOTS, workstationForSuite } from './support/workstationPage';

// Issue 5: the broker's journey on the demo book in Chromium, from a pasted stock list to a
// confirmed deal on the Deals page, its printed confirmation, and the buyer's stage badge moving
// from 潜在 potential to 真实 real on its first deal.

// The buyer: a potential customer of the demo book (in contact, no deal yet), found by running the
// same engines here on the same demo book, generated from its seed for today's market date.
const today = marketDate(new Date());
const demo = generateDemoBook({ today });
const potentialBuyer = (() => {
  const insights = computeCustomerInsights({ customers: demo.customers!, deals: demo.deals!, contactLogs: demo.contactLogs, requests: demo.requests, offers: demo.offers, ratings: demo.ratings }, today);
  const potential = new Set(insights.filter((insight) => insight.stage === 'potential').map((insight) => insight.customerId));
  const customer = demo.customers!.find((candidate) => potential.has(candidate.id) && candidate.type !== 'seller')!;
  // The desk and the deals show a party by its short name; the confirmation and the customer list by its full name.
  return { fullName: customer.name, shownAs: customer.shortName || customer.name };
})();

let page: Page;
const workstation = workstationForSuite((opened) => {
  page = opened.page;
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

/** The buyer's row in the customer list (opens the Customers page and searches for it). */
function buyerRow(): Locator {
  return page.getByRole('table', { name: '客户' }).getByRole('row').filter({ hasText: potentialBuyer.fullName });
}

/** The buyer's stage as its badge in the customer list shows it. */
async function buyerStage(): Promise<string | null> {
  if ((await page.getByTestId('page-customers').count()) === 0) {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户' }).click();
    await page.getByTestId('page-customers').waitFor();
  }
  await page.getByRole('searchbox', { name: '搜索客户' }).fill(potentialBuyer.fullName);
  return buyerRow().getByTestId('stage-badge').getAttribute('data-stage', { timeout: 5_000 });
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

  it('shows the chosen buyer as 潜在 potential before any deal', async () => {
    await expect.poll(() => buyerStage(), { timeout: 30_000 }).toBe('potential');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '撮合台' }).click();
    await page.getByTestId('page-desk').waitFor();
  });

  it('pastes a stock list: every line is shown with what was read, the good ones are saved as offers', async () => {
    const before = await countOf('open-offers-count');
    const dialog = await pasteStockList(page, STOCK_LIST);
    await pickFirstParty(dialog, '卖方');
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
    buyer = potentialBuyer.shownAs;
    await enterRequest(page, { buyer, grade: 'HRB400E', spec: 'Φ20*12m', tonnes: '2000' });

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
    await tickCandidates(page, 2);
    const summary = page.getByTestId('fill-summary');
    const stillNeeded = async () => Number((await summary.innerText()).match(/还需 ([\d,.]+) 吨/)![1]!.replace(/,/g, ''));
    expect(await stillNeeded()).toBe(2000);
    numbers = await confirmDeal(page, buyer, 2);
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
    // Party names arrive with the customers' query, after the deal itself.
    await expect.poll(() => detail.getByTestId('deal-buyer').innerText()).toBe(buyer);
    await detail.getByTestId('deal-print-slot').getByRole('button', { name: '打印确认单' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/deal-detail.png` });
  });

  it('prints the confirmation: number, parties, total in figures and in 大写, with the Chinese font embedded', async () => {
    const detail = page.getByTestId('deal-detail');
    const total = (await detail.getByTestId('deal-total-amount').innerText()).trim();
    const seller = await detail.getByTestId('deal-seller').innerText();
    const { deals } = (await readStoredRecords(page, 'steeldesk-demo', ['deals'])) as { deals: Deal[] };
    const deal = deals.find((candidate) => candidate.number === numbers[0])!;
    const path = await printConfirmationPdf(workstation().context, workstation().url, { dealId: deal.id, layout: 'a4', language: 'zh-CN', copy: false }, 'test-results/journey-confirmation.pdf');
    const text = squeezed(pdfText(path));
    expect(text).toContain(numbers[0]);
    expect(text).toContain(squeezed(potentialBuyer.fullName));
    expect(text).toContain(squeezed(seller));
    expect(text).toContain(squeezed(total));
    expect(text).toContain(amountInWords(yuanToFen(total.replace('¥', ''))!));
    expect(pdfFonts(path)).toMatch(/NotoSansSC/i);
  });

  it("turns the buyer's stage badge from 潜在 potential to 真实 real on its first deal", async () => {
    await expect.poll(() => buyerStage(), { timeout: 30_000 }).toBe('real');
    expect(await buyerRow().getByTestId('stage-badge').innerText()).toBe('真实客户');
    await page.screenshot({ path: `${SCREENSHOTS}/journey-buyer-real.png` });
  });

  it('raised no uncaught page errors along the way', () => {
    expect(workstation().pageErrors).toEqual([]);
  });
});
