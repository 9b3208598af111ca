import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deviceTag } from '../../../../../shared/deals/dealNumber';
import { renderApp } from '../../app/support/renderApp';
import { seed, testWorld, type TestWorld } from '../../app/support/testServices';
import { DESK_BOOK, REQUEST_LINE_ID, SECOND_SELLER_ID, SELLER_ID } from './deskBook';

async function deskWorld(): Promise<TestWorld> {
  const world = testWorld({ settings: { brokerPrefix: 'ZL' } });
  await seed(world, 'main', DESK_BOOK);
  await renderApp(world, '#/desk');
  return world;
}

async function readBook<R>(world: TestWorld, read: (book: Awaited<ReturnType<TestWorld['open']>>) => Promise<R>): Promise<R> {
  const book = await world.open('main');
  try {
    return await read(book);
  } finally {
    book.close();
  }
}

/** Clicks a button once it is enabled (it waits for data still loading, e.g. the customer list). */
async function clickWhenEnabled(button: HTMLElement): Promise<void> {
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(button);
}

describe('the matching desk', () => {
  it('ranks candidates for a request line with the reasons for each score', async () => {
    await deskWorld();
    fireEvent.click(await screen.findByRole('button', { name: /为 宝丰建材 的 HRB400 Φ20\*9m 撮合/ }));
    const list = await screen.findByRole('list', { name: '推荐货源' });
    const candidates = within(list).getAllByTestId('candidate');
    expect(candidates).toHaveLength(2);
    // The buyer accepts HRB400E besides HRB400: an exact match of an accepted grade.
    expect(within(candidates[0]!).getByText('材质一致：HRB400E')).toBeTruthy();
    expect(within(candidates[0]!).getByText(/可供 56 吨，满足全部 30 吨/)).toBeTruthy();
    expect(within(candidates[1]!).getByText(/可供 20 吨，满足 30 吨中的一部分/)).toBeTruthy();
    const scores = within(list).getAllByTestId('candidate-score').map((el) => Number(el.textContent!.replace(/[^\d.]/g, '')));
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it('fills one line from two offers, confirms the two deals with their numbers and shows what remains', async () => {
    const world = await deskWorld();
    fireEvent.click(await screen.findByRole('button', { name: /为 宝丰建材 的 HRB400 Φ20\*9m 撮合/ }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '选用第 2 名：顺通钢材' }));
    expect(screen.getByTestId('fill-after').textContent).toBe('成交后还差 10.000 吨');
    fireEvent.click(screen.getByRole('checkbox', { name: '选用第 1 名：永兴钢贸' }));
    const tonnes = screen.getByRole('textbox', { name: '永兴钢贸 取用吨数' });
    expect((tonnes as HTMLInputElement).value).toBe('10');
    fireEvent.change(tonnes, { target: { value: '8' } });
    expect(screen.getByTestId('fill-after').textContent).toBe('成交后还差 2.000 吨');
    fireEvent.click(screen.getByRole('button', { name: '成交（2 个货源）' }));

    const dialog = await screen.findByRole('dialog', { name: '成交：宝丰建材' });
    expect(within(dialog).getByTestId('new-deals-count').textContent).toBe('将生成 2 笔成交（每个卖方一笔）');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认成交' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByTestId(`remaining-${REQUEST_LINE_ID}`).textContent).toBe('2.000'));
    // The line stays picked, its candidates start afresh from what is left.
    await waitFor(() => expect(screen.getByTestId('fill-after').textContent).toBe('成交后还差 2.000 吨'));
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);

    const deals = await readBook(world, (book) => book.read.query('deals').toArray());
    const tag = deviceTag(await readBook(world, async (book) => book.deviceId));
    expect(deals.map((d) => [d.sellerId, d.status, d.lines[0]!.weightKg]).sort()).toEqual(
      [
        [SELLER_ID, 'confirmed', 8000],
        [SECOND_SELLER_ID, 'confirmed', 20000],
      ].sort(),
    );
    expect(deals.map((d) => d.number).sort()).toEqual([`ZL-20261123-${tag}-001`, `ZL-20261123-${tag}-002`]);
    expect(screen.getByTestId('desk-notice').textContent).toContain(`ZL-20261123-${tag}-00`);
    const offers = await readBook(world, (book) => book.read.query('offers').toArray());
    expect(offers.map((o) => [o.sellerId, o.availableKg, o.status]).sort()).toEqual(
      [
        [SELLER_ID, 48000, 'open'],
        [SECOND_SELLER_ID, 0, 'closed'],
      ].sort(),
    );
  });

  it('a price under the floor keeps the deal a draft awaiting office approval', async () => {
    const world = await deskWorld();
    fireEvent.click(await screen.findByRole('button', { name: /为 宝丰建材 的 HRB400 Φ20\*9m 撮合/ }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '选用第 1 名：永兴钢贸' }));
    fireEvent.click(screen.getByRole('button', { name: '成交（1 个货源）' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(await within(dialog).findByRole('textbox', { name: '卖给买方的价格（永兴钢贸 的货）' }), { target: { value: '3500' } });
    expect(within(dialog).getByText(/低于底价 ¥3,560.00（差 ¥60.00），需公司审批/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认成交' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [deal] = await readBook(world, (book) => book.read.query('deals').toArray());
    expect(deal).toMatchObject({ status: 'draft', needsApproval: true });
  });
});

describe('paste to parse', () => {
  const LIST = ['【螺纹钢】', '沙钢 HRB400E Φ20*9m 30吨 3560 乐从库', 'HRB400E Φ22*12m 25吨 乐从库', '永钢 HRB400E 18*9 40吨 3580 ABCXYZ', '今天天气不错哈哈哈'].join('\n');

  it('shows every line beside what was read, saves only good and checked lines, in one call', async () => {
    const world = await deskWorld();
    fireEvent.click(await screen.findByRole('button', { name: '粘贴识别' }));
    const dialog = await screen.findByRole('dialog', { name: '粘贴识别' });
    const seller = within(dialog).getByRole('combobox', { name: '卖方' });
    fireEvent.change(seller, { target: { value: '永兴钢贸' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '粘贴微信内容' }), { target: { value: LIST } });

    const states = () => within(dialog).getAllByTestId('paste-row').map((row) => row.getAttribute('data-state'));
    expect(states()).toEqual(['skipped', 'ready', 'blocked', 'check', 'blocked']);
    expect(within(dialog).getByText('第 3 行缺少价格')).toBeTruthy();
    expect(within(dialog).getByText('第 4 行：没看懂“ABCXYZ”')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '保存 1 条货源' })).toBeTruthy();

    // Fix line 3 inline: it is read again with the heading above it.
    fireEvent.change(within(dialog).getByRole('textbox', { name: '修改第 3 行' }), { target: { value: 'HRB400E Φ22*12m 25吨 3600 乐从库' } });
    expect(states()).toEqual(['skipped', 'ready', 'ready', 'check', 'blocked']);
    expect(within(dialog).getByRole('button', { name: '保存 2 条货源' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '第 4 行的提示已看过' }));
    await clickWhenEnabled(within(dialog).getByRole('button', { name: '保存 3 条货源' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const pasted = (await readBook(world, (book) => book.read.query('offers').toArray())).filter((o) => o.sourceText !== undefined);
    expect(pasted.map((o) => [o.spec.text, o.availableKg, o.priceFenPerTon]).sort()).toEqual(
      [
        ['Φ18*9m', 40000, 358000],
        ['Φ20*9m', 30000, 356000],
        ['Φ22*12m', 25000, 360000],
      ].sort(),
    );
    // One repository call: one listing, one write stamp.
    expect(new Set(pasted.map((o) => o.listingId)).size).toBe(1);
    expect(new Set(pasted.map((o) => o.meta.hlc)).size).toBe(1);
    expect(pasted.every((o) => o.sellerId === SELLER_ID)).toBe(true);
  });

  it('a flagged line the broker has not ticked is never saved', async () => {
    const world = await deskWorld();
    fireEvent.click(await screen.findByRole('button', { name: '粘贴识别' }));
    const dialog = await screen.findByRole('dialog', { name: '粘贴识别' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '卖方' }), { target: { value: '永兴钢贸' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '粘贴微信内容' }), { target: { value: LIST } });
    await clickWhenEnabled(within(dialog).getByRole('button', { name: '保存 1 条货源' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const pasted = (await readBook(world, (book) => book.read.query('offers').toArray())).filter((o) => o.sourceText !== undefined);
    expect(pasted.map((o) => o.spec.text)).toEqual(['Φ20*9m']);
  });
});

describe('keyboard entry and allocation', () => {
  it('enters a request by keyboard, remembering the values for next time', async () => {
    const world = await deskWorld();
    fireEvent.click(await screen.findByRole('button', { name: '登记求购' }));
    const dialog = await screen.findByRole('dialog', { name: '登记求购' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '买方' }), { target: { value: '宝丰建材' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '材质' }), { target: { value: 'hrb400e' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '规格' }), { target: { value: 'Φ25*12m' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '数量（吨）' }), { target: { value: '45' } });
    expect(within(dialog).getByTestId('entry-read').textContent).toContain('识别为：螺纹钢 HRB400E Φ25*12m');
    await clickWhenEnabled(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const requests = await readBook(world, (book) => book.read.query('requests').toArray());
    const made = requests.find((r) => r.lines[0]!.spec.text === 'Φ25*12m');
    expect(made?.lines[0]).toMatchObject({ grades: ['HRB400E'], weightKg: 45000, latestOn: '2026-11-23' });
    expect(await readBook(world, (book) => book.settingsCache.get('desk.recentValues'))).toMatchObject({ grades: ['hrb400e'], specs: ['Φ25*12m'] });
    // The request just entered is picked: its candidates are shown (none of Φ25 in this book).
    expect(await screen.findByText('没有合适的货源')).toBeTruthy();
  });

  it('enters an offer by keyboard with its mill, warehouse and validity', async () => {
    const world = await deskWorld();
    fireEvent.click(await screen.findByRole('button', { name: '登记货源' }));
    const dialog = await screen.findByRole('dialog', { name: '登记货源' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '卖方' }), { target: { value: '顺通钢材' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '品名' }), { target: { value: 'hot_rolled_coil' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '材质' }), { target: { value: 'Q235B' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '规格' }), { target: { value: '3.0*1500*C' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '数量（吨）' }), { target: { value: '52.5' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '单价（元/吨）' }), { target: { value: '3650' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '钢厂' }), { target: { value: '日照' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: '仓库' }), { target: { value: '乐从库' } });
    fireEvent.change(within(dialog).getByLabelText('有效期至'), { target: { value: '2026-11-26' } });
    await clickWhenEnabled(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const offers = await readBook(world, (book) => book.read.query('offers').toArray());
    expect(offers.find((o) => o.category === 'hot_rolled_coil')).toMatchObject({
      sellerId: SECOND_SELLER_ID,
      grade: 'Q235B',
      spec: { text: '3.0*1500*C' },
      availableKg: 52_500,
      priceFenPerTon: 365_000,
      brand: '日照',
      warehouse: '乐从库',
      validUntil: '2026-11-26',
      status: 'open',
    });
  });

  it('allocate all proposes fills from the worker and turns the accepted ones into draft deals', async () => {
    const world = await deskWorld();
    const allocate = await screen.findByRole('button', { name: '一键分配' });
    await waitFor(() => expect((allocate as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(allocate);
    const dialog = await screen.findByRole('dialog', { name: '一键分配' });
    await within(dialog).findByTestId('allocate-summary');
    expect(within(dialog).getAllByTestId('allocation')).toHaveLength(1);
    expect(within(dialog).getByTestId('allocate-summary').textContent).toBe('建议 1 笔分配，0 条求购仍有缺口');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '分配给 宝丰建材 的吨数' }), { target: { value: '25' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '采纳 1 笔，生成草稿成交' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const deals = await readBook(world, (book) => book.read.query('deals').toArray());
    expect(deals.map((d) => [d.status, d.lines[0]!.weightKg, d.lines[0]!.requestLineId])).toEqual([['draft', 25000, REQUEST_LINE_ID]]);
    await waitFor(() => expect(screen.getByTestId(`remaining-${REQUEST_LINE_ID}`).textContent).toBe('5.000'));
  });

  it('expires offers past their date in one step', async () => {
    const world = testWorld({ settings: { brokerPrefix: 'ZL' } });
    await seed(world, 'main', { ...DESK_BOOK, offers: DESK_BOOK.offers!.map((o, i) => (i === 0 ? { ...o, validUntil: '2026-11-20' } : o)) });
    await renderApp(world, '#/desk');
    expect(await screen.findByText('已过期 2026-11-20')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '清理过期货源（1）' }));
    await waitFor(() => expect(screen.getByTestId('open-offers-count').textContent).toBe('1'));
    const offers = await readBook(world, (book) => book.read.query('offers').toArray());
    expect(offers.map((o) => o.status).sort()).toEqual(['expired', 'open']);
  });
});
