import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../app/support/renderApp';
import { SMALL_BOOK } from '../app/support/smallBook';
import { seed, testWorld } from '../app/support/testServices';

/** The data rows of a virtual table (its header row excluded), as their cells' texts. */
function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 0)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? ''));
}

describe('pages on an empty book', () => {
  it('the desk says there are no open requests and no offers, and what to do', async () => {
    await renderApp(testWorld(), '#/desk');
    expect(await screen.findByText('没有未满足的求购')).toBeTruthy();
    expect(screen.getByText('没有可售货源')).toBeTruthy();
    expect(screen.getByText(/把钢厂、仓库发来的资源单粘贴进来/)).toBeTruthy();
    expect(screen.getByTestId('open-requests-count').textContent).toBe('0');
    expect(screen.getByTestId('open-offers-count').textContent).toBe('0');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it.each([
    ['#/customers', '还没有客户'],
    ['#/deals', '还没有成交'],
    ['#/analytics', '还没有可分析的数据'],
  ])('%s shows its empty state', async (hash, title) => {
    await renderApp(testWorld(), hash);
    const empty = await screen.findByTestId('empty-state');
    expect(within(empty).getByText(title)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('sync shows nothing pending and that the laptop is not paired', async () => {
    await renderApp(testWorld(), '#/sync');
    const outbox = await screen.findByRole('group', { name: '待上传的修改' });
    await within(outbox).findByText('0');
    expect(screen.getByText('未配对')).toBeTruthy();
    expect(screen.getByTestId('hub-url').textContent).toBe('未设置');
  });
});

describe('pages on a book with a few records', () => {
  async function renderSeeded(hash: string) {
    const world = testWorld();
    await seed(world, 'main', SMALL_BOOK);
    await renderApp(world, hash);
  }

  it('the desk lists the open request line and the open offer with counts', async () => {
    await renderSeeded('#/desk');
    await waitFor(() => expect(tableRows('求购')).toEqual([['宝丰建材', '螺纹钢 HRB400/HRB400E Φ20*9m', '30.000', '30.000', '撮合']]));
    await waitFor(() => expect(tableRows('货源')).toEqual([['永兴钢贸', '螺纹钢 HRB400E Φ20*9m', '沙钢', '乐从库', '56.000', '3,560', '2026-11-30', '下架']]));
    expect(screen.getByTestId('open-requests-count').textContent).toBe('1');
    expect(screen.getByTestId('open-offers-count').textContent).toBe('1');
  });

  it('customers lists name, region, stage, phase, grade, type, broker, last deal and follow-up, sorted by pinyin', async () => {
    await renderSeeded('#/customers');
    await waitFor(() =>
      expect(tableRows('客户')).toEqual([
        ['安徽长江钢铁有限公司', '华东 · 马鞍山', '外围客户', '', '普通', '买卖兼营', '张立', '', ''],
        ['上海宝丰建材有限公司', '华东 · 上海', '真实客户', '考察期', '普通', '买方', '张立', '2026-11-20', ''],
        ['无锡永兴钢铁贸易有限公司', '华东 · 无锡', '真实客户', '考察期', '普通', '卖方', '张立', '2026-11-20', ''],
      ]),
    );
    expect(screen.getByTestId('customer-list-count').textContent).toBe('3');
  });

  it('deals lists number, date, parties, tonnes, amount in yuan and status, newest first', async () => {
    await renderSeeded('#/deals');
    await waitFor(() =>
      expect(tableRows('成交')).toEqual([
        ['ZL-20261121-001', '2026-11-21', '宝丰建材', '永兴钢贸', '10.000', '¥35,600.00', '已取消'],
        ['ZL-20261120-001', '2026-11-20', '宝丰建材', '永兴钢贸', '30.000', '¥106,800.00', '已确认'],
        ['ZL-20261015-001', '2026-10-15', '宝丰建材', '永兴钢贸', '20.000', '¥71,200.00', '已结算'],
      ]),
    );
  });

  it('analytics counts customers and this month’s deals, leaving out cancelled ones', async () => {
    await renderSeeded('#/analytics');
    /** The figure shown under a label: an element inside the labelled group with exactly this text. */
    const figure = async (label: string, value: string) => within(await screen.findByRole('group', { name: label })).findByText(value);
    await figure('客户数', '3');
    await figure('本月成交', '1');
    await figure('本月成交量', '30.000 吨');
    await figure('本月成交额', '¥106,800.00');
    expect(screen.getByText('本月概况（2026-11）')).toBeTruthy();
  });

  it('sync counts every written record as a pending change', async () => {
    await renderSeeded('#/sync');
    const outbox = await screen.findByRole('group', { name: '待上传的修改' });
    await within(outbox).findByText('9');
  });
});
