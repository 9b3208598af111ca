import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import { printRouteHash } from '../../../../../shared/print/printRoute';
import type { PrintRoute } from '../../../../../shared/print/printRoute';
import { seed, testWorld, type TestWorld } from '../../app/support/testServices';
import { DEAL_ID, installPrintApi, PRINT_BOOK, TOTAL_WORDS, type FakePrintApi } from './support/printBook';

const JOB = '6f1c2b9e-3f4a-4c5d-8e9f-0a1b2c3d4e5f';

describe('the print route', () => {
  let world: TestWorld;
  let api: { print: FakePrintApi; uninstall: () => void };

  beforeEach(async () => {
    world = testWorld();
    await seed(world, 'main', PRINT_BOOK);
    api = installPrintApi();
  });

  afterEach(() => {
    cleanup();
    window.location.hash = '';
    api.uninstall();
  });

  /** Renders the app on the print route and waits until the confirmation is ready to print. */
  async function show(route: Partial<PrintRoute> = {}): Promise<HTMLElement> {
    window.location.hash = printRouteHash({ dealId: DEAL_ID, layout: 'a4', language: 'zh-CN', copy: false, ...route });
    render(<App services={world.services} />);
    const sheet = await screen.findByTestId('confirmation');
    await expect.poll(() => sheet.dataset.printReady).toBe('true');
    return sheet;
  }

  it('shows the confirmation alone: no navigation, no top bar, no first-run dialog', async () => {
    await show();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });

  it('prints number, date, both parties, every line and the totals in figures and in 大写 (zh-CN)', async () => {
    const sheet = await show();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('成交确认单 ZL-20261123-007');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('成交确认单');
    expect(within(sheet).getByTestId('deal-number').textContent).toBe('ZL-20261123-007');
    expect(sheet.textContent).toContain('2026-11-23');
    expect(sheet.textContent).toContain('张立');

    const buyer = within(sheet).getByTestId('buyer');
    expect(buyer.textContent).toContain('上海宝丰建材有限公司');
    expect(buyer.textContent).toContain('王建国');
    expect(buyer.textContent).toContain('13800001111');
    expect(buyer.textContent).toContain('华东 上海');
    const seller = within(sheet).getByTestId('seller');
    expect(seller.textContent).toContain('无锡永兴钢铁贸易有限公司');
    expect(seller.textContent).toContain('0510-88776655');

    const rows = within(sheet).getAllByTestId('goods-row').map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['1', '螺纹钢', 'HRB400E', 'Φ20*9m', '沙钢', '乐从库', '30.000', '120', '理计', '3,560.00', '106,800.00'],
      ['2', '中厚板', 'Q355B', '20*2200*8000', '—', '—', '2.345', '—', '磅计', '3,612.35', '8,470.96'],
    ]);
    expect(within(sheet).getByTestId('total-amount').textContent).toBe('115,270.96');
    expect(within(sheet).getByTestId('total-figures').textContent).toBe('¥115,270.96');
    expect(within(sheet).getByTestId('total-words').textContent).toBe(TOTAL_WORDS);
  });

  it('words the clauses from the deal: delivery, credit days, 磅差 ±‰ and the objection period', async () => {
    const sheet = await show();
    expect(sheet.textContent).toContain('交货：自提，乐从库，交货期 2026-11-24 至 2026-11-26。');
    expect(sheet.textContent).toContain('付款：账期 30 天');
    expect(within(sheet).getByTestId('tolerance-clause').textContent).toContain('±3‰');
    expect(within(sheet).getByTestId('objection-clause').textContent).toContain('7 日内');
    expect(sheet.textContent).toContain('买方（盖章）');
    expect(sheet.textContent).toContain('卖方（盖章）');
  });

  it('prints in English on demand, with the total still in Chinese capitals', async () => {
    const sheet = await show({ language: 'en' });
    expect(document.documentElement.lang).toBe('en');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('Deal confirmation');
    expect(within(sheet).getAllByTestId('goods-row')[0]!.textContent).toContain('Rebar');
    expect(within(sheet).getByTestId('tolerance-clause').textContent).toContain('±3‰');
    expect(within(sheet).getByTestId('objection-clause').textContent).toContain('within 7 days');
    expect(within(sheet).getByTestId('total-figures').textContent).toBe('¥115,270.96');
    expect(within(sheet).getByTestId('total-words').textContent).toBe(TOTAL_WORDS);
    expect(sheet.textContent).toContain('Buyer (company stamp)');
  });

  it('marks a reprint as a copy, and only a reprint', async () => {
    const original = await show();
    expect(within(original).queryByTestId('copy-mark')).toBeNull();
    expect(original.textContent).not.toContain('COPY');
  });

  it.each([
    ['zh-CN', '副本 COPY'],
    ['en', 'COPY'],
  ] as const)('shows the COPY mark on a reprint in %s', async (language, mark) => {
    const sheet = await show({ copy: true, language });
    expect(within(sheet).getByTestId('copy-mark').textContent).toBe(mark);
  });

  it.each([
    ['a4', 'sd-confirmation--a4'],
    ['continuous241', 'sd-confirmation--continuous241'],
  ] as const)('lays the %s layout out on its own paper', async (layout, className) => {
    const sheet = await show({ layout });
    expect(sheet.classList.contains(className)).toBe(true);
    expect(sheet.dataset.layout).toBe(layout);
  });

  it('tells the waiting print job it is ready, with the document name, once', async () => {
    await show({ job: JOB });
    await expect.poll(() => api.print.ready.mock.calls.length).toBe(1);
    expect(api.print.ready).toHaveBeenCalledExactlyOnceWith({ job: JOB, status: 'ready', documentName: '成交确认单 ZL-20261123-007' });
  });

  it('signals nothing without a job (shown for a preview or a browser test)', async () => {
    await show();
    expect(api.print.ready).not.toHaveBeenCalled();
  });

  it('says which deal is missing and fails the job, printing nothing', async () => {
    const missing = '019a8f00-0000-7000-8000-0000000009ff';
    window.location.hash = printRouteHash({ dealId: missing, layout: 'a4', language: 'zh-CN', copy: false, job: JOB });
    render(<App services={world.services} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`在主账本中找不到这笔成交（${missing}）`);
    await expect.poll(() => api.print.ready.mock.calls.length).toBe(1);
    expect(api.print.ready.mock.calls[0]![0]).toMatchObject({ job: JOB, status: 'failed', message: expect.stringContaining(missing) });
    expect(screen.queryByTestId('confirmation')).toBeNull();
  });

  it('refuses a tampered route with the part that is wrong', async () => {
    window.location.hash = `#/print/confirmation/${DEAL_ID}?layout=a3&lang=zh-CN&copy=0`;
    render(<App services={world.services} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('打印地址无效');
    expect(alert.textContent).toContain('layout');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
