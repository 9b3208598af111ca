import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { marketDate } from '../../renderer/src/ui/format/marketTime';
import { computeCustomerInsights, type DevelopmentStage } from '../../shared/customers';
import { generateDemoBook } from '../../shared/demo';
import { SCREENSHOTS, workstationForSuite } from './support/workstationPage';

// Issue 4: the customer book in Chromium, on the demo book. The expected stages come from the same
// engines run here in Node on the same demo book (generated from its seed for today's market date).
const today = marketDate(new Date());
const demo = generateDemoBook({ today });
const insights = computeCustomerInsights({ customers: demo.customers!, deals: demo.deals!, contactLogs: demo.contactLogs, requests: demo.requests, offers: demo.offers, ratings: demo.ratings }, today);
const customerNamed = (stage: DevelopmentStage) => {
  const insight = insights.find((candidate) => candidate.stage === stage)!;
  return demo.customers!.find((customer) => customer.id === insight.customerId)!.name;
};

let page: Page;
const workstation = workstationForSuite(async (opened) => {
  page = opened.page;
  await page.getByRole('button', { name: '载入演示账本' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 90_000 });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '客户' }).click();
  await page.getByTestId('page-customers').waitFor();
});

async function search(text: string): Promise<void> {
  await page.getByRole('searchbox', { name: '搜索客户' }).fill(text);
}

describe('the customer book in Chromium', () => {
  it('a customer card on the board shows the stage the engines give it', async () => {
    const loyal = customerNamed('loyal');
    await search(loyal);
    await page.getByRole('tab', { name: '看板' }).click();
    const card = page.getByRole('article', { name: loyal });
    await card.waitFor();
    expect(await card.getByTestId('stage-badge').getAttribute('data-stage')).toBe('loyal');
    expect(await card.getByTestId('stage-badge').innerText()).toBe('忠诚客户');
    await search('');
    await page.screenshot({ path: `${SCREENSHOTS}/customers-board.png` });
    await page.getByRole('tab', { name: '列表' }).click();
  });

  it('logging a first contact turns a peripheral customer into a potential one', async () => {
    const peripheral = customerNamed('peripheral');
    await search(peripheral);
    await page.getByRole('table', { name: '客户' }).getByRole('button', { name: peripheral }).click();
    const profilePane = page.getByRole('complementary', { name: peripheral });
    const badge = profilePane.getByTestId('stage-badge');
    await expect.poll(() => badge.getAttribute('data-stage')).toBe('peripheral');

    const form = profilePane.getByRole('form', { name: '记录跟进' });
    await form.getByLabel('方式').selectOption('wechat');
    await form.getByLabel('内容').fill('初次联系：微信介绍我司资源');
    await form.getByRole('button', { name: '保存跟进' }).click();

    await expect.poll(() => badge.getAttribute('data-stage'), { timeout: 30_000 }).toBe('potential');
    expect(await badge.innerText()).toBe('潜在客户');
    const row = page.getByRole('table', { name: '客户' }).getByRole('row').filter({ hasText: peripheral });
    await expect.poll(() => row.getByTestId('stage-badge').getAttribute('data-stage'), { timeout: 30_000 }).toBe('potential');
    expect(await profilePane.getByTestId('customer-timeline').innerText()).toContain('初次联系：微信介绍我司资源');
    await page.screenshot({ path: `${SCREENSHOTS}/customers-profile.png` });
  });

  it('the reminders tab lists follow-ups, declining customers and upcoming birthdays or holidays', async () => {
    await page.getByRole('tab', { name: '提醒' }).click();
    await page.getByTestId('reminders').waitFor();
    expect(await page.getByTestId('reminders-follow-ups').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/customers-reminders.png` });
  });

  it('imports an Excel workbook (read in a worker): preview with row errors, then the new customer is in the book', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('客户').addRows([
      ['客户名称', '电话', '地区', '联系人', '联系电话'],
      ['测试导入钢贸有限公司', '0571-88889999', '华东', '钱七', '13700000077'],
      ['坏电话钢贸有限公司', '12345', '华东', '', ''],
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByRole('tab', { name: '列表' }).click();
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入客户' });
    await dialog.getByLabel('文件').setInputFiles({ name: '客户.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await expect.poll(() => dialog.getByTestId('import-summary').innerText(), { timeout: 30_000 }).toBe('新建 1 家，更新 0 家，无变化 0 家；空行 0 行已跳过');
    expect(await dialog.getByTestId('import-errors').innerText()).toBe('第 3 行「电话」：“12345” 不是有效的电话号码');
    await page.screenshot({ path: `${SCREENSHOTS}/customers-import.png` });
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.getByText('已导入：新建 1 家，更新 0 家').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await search('csdr');
    await page.getByRole('table', { name: '客户' }).getByRole('button', { name: '测试导入钢贸有限公司' }).waitFor();
  });

  it('raised no uncaught page errors along the way', () => {
    expect(workstation().pageErrors).toEqual([]);
  });
});
