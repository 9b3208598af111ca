import type { Locator, Page } from 'playwright-core';

/** A deal confirmation number as the desk names it (`<prefix>-<YYYYMMDD>-<device>-<seq>`, shared/deals). */
export const DEAL_NUMBER = /[A-Z]{2,4}-\d{8}-[0-9A-F]{4}-\d{3,}/g;

/** 粘贴识别 on the desk: opens the dialog and pastes `text` as a stock list; the caller names the seller and saves. */
export async function pasteStockList(page: Page, text: string): Promise<Locator> {
  await page.getByRole('button', { name: '粘贴识别' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴识别' });
  await dialog.getByRole('textbox', { name: '粘贴微信内容' }).fill(text);
  return dialog;
}

export interface RequestEntry {
  /** As the desk shows the buyer: its short name, or its name when it has none. */
  buyer: string;
  grade: string;
  spec: string;
  tonnes: string;
}

/** 登记求购 by keyboard: one rebar line for the buyer, saved; the desk then picks the new request. */
export async function enterRequest(page: Page, { buyer, grade, spec, tonnes }: RequestEntry): Promise<void> {
  await page.getByRole('button', { name: '登记求购' }).click();
  const dialog = page.getByRole('dialog', { name: '登记求购' });
  await dialog.getByRole('combobox', { name: '买方' }).fill(buyer);
  await dialog.getByRole('combobox', { name: '材质' }).fill(grade);
  await dialog.getByRole('combobox', { name: '规格' }).fill(spec);
  await dialog.getByRole('textbox', { name: '数量（吨）' }).press('Tab');
  await dialog.getByRole('textbox', { name: '数量（吨）' }).fill(tonnes);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Ticks the first `count` recommended offers of the picked request. */
export async function tickCandidates(page: Page, count: number): Promise<void> {
  for (let rank = 1; rank <= count; rank++) await page.getByRole('checkbox', { name: new RegExp(`^选用第 ${rank} 名`) }).check();
}

/** 成交 → 确认成交 for the ticked offers (`offers` of them); returns the deal numbers the desk notice names. */
export async function confirmDeal(page: Page, buyer: string, offers: number): Promise<string[]> {
  await page.getByRole('button', { name: `成交（${offers} 个货源）` }).click();
  const dialog = page.getByRole('dialog', { name: `成交：${buyer}` });
  await dialog.getByRole('button', { name: '确认成交' }).click();
  await dialog.waitFor({ state: 'detached' });
  return (await page.getByTestId('desk-notice').innerText()).match(DEAL_NUMBER) ?? [];
}
