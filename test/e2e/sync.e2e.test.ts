import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../electron/hub/startHub';
import type { DeviceAccount } from '../../shared/sync/device';
import { freshPgliteDataDir } from '../integration/hub/support/pgliteTemplate';
import { TestOffice } from '../integration/hub/support/office';
import { launchProfile, type ChromiumProfile } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/staticServer';
import { confirmDeal, enterRequest, pasteStockList, tickCandidates } from './support/deskSteps';

// Issue 7: two brokers' laptops and the office, each a Chromium profile of the web build, pair with
// a real hub (PGlite in a temp dir) through the Sync page and sync through it. The office's admin
// work (broker accounts, pairing codes) goes through the hub's admin HTTP API with the office token,
// as the office workstation's Settings do in office mode (which needs the desktop app). Everything
// else is the UI: broker A, offline, creates a buyer and a seller on the Customers page and makes a
// confirmed deal between them on the desk (pasted stock list, request, 成交); the office reassigns
// the buyer to broker B by editing it on the Customers page.
const BUYER = '上海宝丰建材有限公司';
const SELLER = '无锡永兴钢铁贸易有限公司';

interface Workstation {
  profile: ChromiumProfile;
  page: Page;
  errors: string[];
}

let dataDir: string;
let hub: RunningHub;
let office: TestOffice;
let server: StaticServer;
const workstations: Workstation[] = [];

beforeAll(async () => {
  server = await serveStatic('out/renderer');
  dataDir = await freshPgliteDataDir();
  hub = await startHub({ dataDir, host: '127.0.0.1', port: 0, corsOrigins: [server.url], log: () => undefined });
  office = new TestOffice(hub.url, hub.officeToken!);
  await office.createBroker('broker-a', '张磊', 'ZL');
  await office.createBroker('broker-b', '李娜', 'LN');
});

afterAll(async () => {
  for (const workstation of workstations) await workstation.profile.close();
  await server?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A new profile on the empty main book, paired through the Sync page with a fresh code for `account`. */
async function pairedWorkstation(account: DeviceAccount, deviceName: string): Promise<Workstation> {
  const profile = await launchProfile();
  const page = await profile.context.newPage();
  const workstation: Workstation = { profile, page, errors: [] };
  workstations.push(workstation);
  page.on('pageerror', (error) => workstation.errors.push(error.message));
  await page.goto(`${server.url}/`);
  await page.getByRole('button', { name: '从空白开始' }).click();
  await open(page, '同步');
  await page.getByLabel('服务器地址').fill(hub.url);
  // Typed as people read it aloud: lower case, a space instead of the dash.
  await page.getByLabel('配对码').fill((await office.pairingCode(account)).toLowerCase().replace('-', ' '));
  await page.getByLabel('本机名称').fill(deviceName);
  await page.getByRole('button', { name: '配对', exact: true }).click();
  await page.getByText('已配对').waitFor();
  return workstation;
}

async function open(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Presses the Sync button and waits for this run's report (a new `finishedAt`); returns its heading. */
async function syncNow(page: Page): Promise<string> {
  await open(page, '同步');
  const report = page.getByTestId('sync-report');
  const before = (await report.count()) > 0 ? await report.getAttribute('data-finished-at') : null;
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await page.waitForFunction(
    (previous) => {
      const finished = document.querySelector('[data-testid="sync-report"]')?.getAttribute('data-finished-at');
      return finished != null && finished !== previous;
    },
    before,
    { timeout: 60_000 },
  );
  return report.getByRole('heading').innerText();
}

async function figure(page: Page, label: string): Promise<string> {
  return page.getByTestId('sync-report').getByRole('group', { name: label }).locator('.sd-stat__value').innerText();
}

/** The Sync page's count of changes waiting for the hub, once the page has counted them (blank until then). */
async function pendingChanges(page: Page): Promise<number> {
  const value = page.getByRole('group', { name: '待上传的修改' }).locator('.sd-stat__value');
  await expect.poll(() => value.innerText(), { timeout: 30_000 }).toMatch(/^\d+$/);
  return Number(await value.innerText());
}

/** 新建客户 on the Customers page: a customer of this workstation's broker with just a name and a type. */
async function createCustomer(page: Page, name: string, type: '买方' | '卖方'): Promise<void> {
  await open(page, '客户');
  await page.getByRole('button', { name: '新建客户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建客户' });
  await dialog.getByRole('textbox', { name: '客户名称' }).fill(name);
  await dialog.getByRole('combobox', { name: '类型' }).selectOption({ label: type });
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('two brokers and the office sync through the hub', () => {
  let brokerA: Workstation;
  let brokerB: Workstation;
  let desk: Workstation;
  let dealNumber: string | undefined;

  it('pairs each workstation through the Sync page, and refuses a wrong code saying why and where', async () => {
    brokerA = await pairedWorkstation({ role: 'broker', brokerId: 'broker-a' }, '张磊的笔记本');
    brokerB = await pairedWorkstation({ role: 'broker', brokerId: 'broker-b' }, '李娜的笔记本');
    desk = await pairedWorkstation({ role: 'office' }, '公司前台');
    expect(await brokerA.page.getByTestId('paired-as').innerText()).toContain('业务员 broker-a');

    const devices = await office.admin('/devices');
    expect(devices.body.devices.map((device: { name: string }) => device.name).sort()).toEqual(['公司前台', '张磊的笔记本', '李娜的笔记本'].sort());

    const stranger = await launchProfile();
    try {
      const page = await stranger.context.newPage();
      await page.goto(`${server.url}/`);
      await page.getByRole('button', { name: '从空白开始' }).click();
      await open(page, '同步');
      await page.getByLabel('服务器地址').fill(hub.url);
      await page.getByLabel('配对码').fill('ABCD-2345');
      await page.getByLabel('本机名称').fill('陌生人');
      await page.getByRole('button', { name: '配对', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(`${hub.url} 不接受这个配对码`);
      expect(await alert.innerText()).toContain('pairing code not recognised');
    } finally {
      await stranger.close();
    }
  });

  it('keeps a deal made offline, says the hub is unreachable, and sends it once back online', async () => {
    await brokerA.profile.context.setOffline(true);
    await createCustomer(brokerA.page, BUYER, '买方');
    await createCustomer(brokerA.page, SELLER, '卖方');
    await open(brokerA.page, '撮合台');
    const paste = await pasteStockList(brokerA.page, ['【螺纹钢】', '沙钢 HRB400E Φ20*12m 30吨 3560 乐从库'].join('\n'));
    await paste.getByRole('combobox', { name: '卖方' }).fill(SELLER);
    await paste.getByRole('button', { name: '保存 1 条货源' }).click();
    await paste.waitFor({ state: 'detached' });
    await enterRequest(brokerA.page, { buyer: BUYER, grade: 'HRB400E', spec: 'Φ20*12m', tonnes: '30' });
    await brokerA.page.getByRole('list', { name: '推荐货源' }).getByTestId('candidate').first().waitFor({ timeout: 30_000 });
    await tickCandidates(brokerA.page, 1);
    [dealNumber] = await confirmDeal(brokerA.page, BUYER, 1);
    expect(dealNumber).toBeDefined();

    await open(brokerA.page, '同步');
    await brokerA.page.getByTestId('sync-offline').waitFor();
    const pending = await pendingChanges(brokerA.page);
    expect(pending).toBeGreaterThan(0);

    expect(await syncNow(brokerA.page)).toContain('同步未完成');
    expect(await brokerA.page.getByTestId('sync-failure').innerText()).toContain(`连不上公司服务器 ${hub.url}`);
    expect(await pendingChanges(brokerA.page)).toBe(pending);

    await brokerA.profile.context.setOffline(false);
    await brokerA.page.getByTestId('sync-offline').waitFor({ state: 'detached' });
    expect(await syncNow(brokerA.page)).toContain('同步成功');
    expect(await figure(brokerA.page, '上传修改')).toBe(String(pending));
    await expect.poll(() => pendingChanges(brokerA.page), { timeout: 30_000 }).toBe(0);
  });

  it('shows the deal at the office after its sync', async () => {
    expect(await syncNow(desk.page)).toContain('同步成功');
    await open(desk.page, '成交');
    await desk.page.getByTestId('deal-list').getByText(dealNumber!).waitFor();
  });

  it('moves a customer the office reassigns from broker A to broker B', async () => {
    await open(brokerB.page, '客户');
    expect(await brokerB.page.getByTestId('customer-list').getByText(BUYER).count()).toBe(0);

    await open(desk.page, '客户');
    await desk.page.getByRole('searchbox', { name: '搜索客户' }).fill(BUYER);
    await desk.page.getByRole('table', { name: '客户' }).getByRole('button', { name: BUYER }).click();
    await desk.page.getByRole('complementary', { name: BUYER }).getByRole('button', { name: '编辑' }).click();
    const form = desk.page.getByRole('dialog', { name: '编辑客户' });
    const broker = form.getByRole('combobox', { name: '业务员' });
    expect(await broker.inputValue()).toBe('broker-a');
    await broker.selectOption({ label: '李娜' });
    expect(await broker.inputValue()).toBe('broker-b');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await syncNow(desk.page)).toContain('同步成功');

    await open(brokerA.page, '客户');
    await brokerA.page.getByTestId('customer-list').getByText(BUYER).waitFor();
    expect(await syncNow(brokerA.page)).toContain('同步成功');
    await open(brokerA.page, '客户');
    await brokerA.page.getByTestId('customer-list').getByText(BUYER).waitFor({ state: 'detached' });
    await brokerA.page.getByTestId('customer-list').getByText(SELLER).waitFor();

    expect(await syncNow(brokerB.page)).toContain('同步成功');
    await open(brokerB.page, '客户');
    await brokerB.page.getByTestId('customer-list').getByText(BUYER).waitFor();
  });

  it('raised no uncaught page errors', () => {
    expect(workstations.flatMap((workstation) => workstation.errors)).toEqual([]);
  });
});
