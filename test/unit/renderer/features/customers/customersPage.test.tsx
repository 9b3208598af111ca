import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/renderApp';
import { seed, testWorld, type TestWorld } from '../../app/support/testServices';
import { CUSTOMER_BOOK, SHAGANG_ID } from './customerBook';

async function renderCustomers(): Promise<TestWorld> {
  const world = testWorld();
  await seed(world, 'main', CUSTOMER_BOOK);
  await renderApp(world, '#/customers');
  await screen.findByRole('table', { name: '客户' });
  return world;
}

/** The customer names in the list, in order. */
function listedNames(): string[] {
  const table = screen.getByRole('table', { name: '客户' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

/** The stage code of each card on the board, by the card's name. */
function cardStages(): Record<string, string | null> {
  return Object.fromEntries(
    screen.getAllByTestId('customer-card').map((card) => [card.getAttribute('aria-label'), within(card).getByTestId('stage-badge').getAttribute('data-stage')]),
  );
}

describe('customer book page', () => {
  it('the board shows each customer as a card under its stage, with the right stage badge', async () => {
    await renderCustomers();
    fireEvent.click(screen.getByRole('tab', { name: '看板' }));
    await waitFor(() =>
      expect(cardStages()).toEqual({
        安徽长江钢铁有限公司: 'peripheral',
        江苏沙钢集团有限公司: 'peripheral',
        上海宝丰建材有限公司: 'real',
        无锡永兴钢铁贸易有限公司: 'real',
      }),
    );
    const real = screen.getByTestId('board-real');
    const card = within(real).getByRole('article', { name: '上海宝丰建材有限公司' });
    expect(within(card).getByTestId('stage-badge').textContent).toBe('真实客户');
    expect(within(card).getByTestId('phase-badge').textContent).toBe('考察期');
    expect(within(card).getByText('王秀英 13812345678')).toBeTruthy();
    expect(within(card).getByText('张立')).toBeTruthy();
    expect(within(card).getByText('2026-11-20')).toBeTruthy();
  });

  it('filters change the list', async () => {
    await renderCustomers();
    await waitFor(() => expect(listedNames()).toHaveLength(4));
    fireEvent.change(screen.getByRole('combobox', { name: '阶段' }), { target: { value: 'peripheral' } });
    await waitFor(() => expect(listedNames()).toEqual(['安徽长江钢铁有限公司', '江苏沙钢集团有限公司']));
    fireEvent.change(screen.getByRole('combobox', { name: '品种' }), { target: { value: 'wire_rod' } });
    await waitFor(() => expect(listedNames()).toEqual(['江苏沙钢集团有限公司']));
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(listedNames()).toHaveLength(4));
    fireEvent.change(screen.getByRole('combobox', { name: '生命周期' }), { target: { value: 'exploration' } });
    await waitFor(() => expect(listedNames()).toEqual(['上海宝丰建材有限公司', '无锡永兴钢铁贸易有限公司']));
    expect(screen.getByTestId('customer-list-count').textContent).toBe('2');
  });

  it('search finds by pinyin initials keystroke by keystroke, and says so when nothing matches', async () => {
    await renderCustomers();
    const search = screen.getByRole('searchbox', { name: '搜索客户' });
    fireEvent.change(search, { target: { value: 's' } });
    fireEvent.change(search, { target: { value: 'sg' } });
    fireEvent.change(search, { target: { value: 'sgjt' } });
    await waitFor(() => expect(listedNames()).toEqual(['江苏沙钢集团有限公司']));
    fireEvent.change(search, { target: { value: 'wangxiuying' } });
    await waitFor(() => expect(listedNames()).toEqual(['上海宝丰建材有限公司']));
    fireEvent.change(search, { target: { value: 'zzzz' } });
    expect(await screen.findByText('没有符合条件的客户')).toBeTruthy();
  });

  it('warns of a duplicate before a second record is made, and creates it only when told to', async () => {
    const world = await renderCustomers();
    fireEvent.click(screen.getByRole('button', { name: '新建客户' }));
    const dialog = await screen.findByRole('dialog', { name: '新建客户' });
    fireEvent.change(within(dialog).getByLabelText('客户名称'), { target: { value: '江苏沙钢集团' } });
    fireEvent.change(within(dialog).getByLabelText('电话'), { target: { value: '0512 5856 8888' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    const warning = await within(dialog).findByTestId('duplicate-warning');
    expect(within(warning).getByText('电话相同：江苏沙钢集团有限公司')).toBeTruthy();

    const book = await world.open('main');
    try {
      expect(await book.read.query('customers').count()).toBe(4);
      fireEvent.click(within(dialog).getByRole('button', { name: '不是同一家，仍然新建' }));
      await waitFor(async () => expect(await book.read.query('customers').count()).toBe(5));
    } finally {
      book.close();
    }
    expect(await screen.findByRole('complementary', { name: '江苏沙钢集团' })).toBeTruthy();
  });

  it('on a blank, unpaired book says there is no broker to assign and where to get one, and offers no save', async () => {
    const world = testWorld();
    await renderApp(world, '#/customers');
    fireEvent.click(await screen.findByRole('button', { name: '新建客户' }));
    const dialog = await screen.findByRole('dialog', { name: '新建客户' });
    expect(within(dialog).getByRole('note').textContent).toMatch(/还没有业务员.*“同步”页.*办公室模式/);
    expect((within(dialog).getByRole('button', { name: '保存' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('checks the fields of a new customer and writes nothing while one is wrong', async () => {
    const world = await renderCustomers();
    fireEvent.click(screen.getByRole('button', { name: '新建客户' }));
    const dialog = await screen.findByRole('dialog', { name: '新建客户' });
    fireEvent.change(within(dialog).getByLabelText('电话'), { target: { value: '12345' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请填写客户名称')).toBeTruthy();
    expect(within(dialog).getByText('电话号码格式不对：12345')).toBeTruthy();
    const book = await world.open('main');
    try {
      expect(await book.read.query('customers').count()).toBe(4);
    } finally {
      book.close();
    }
  });

  it('logging a first contact writes the log and turns a peripheral customer into a potential one', async () => {
    const world = await renderCustomers();
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索客户' }), { target: { value: '沙钢' } });
    fireEvent.click(await screen.findByRole('button', { name: '江苏沙钢集团有限公司' }));
    const profile = await screen.findByRole('complementary', { name: '江苏沙钢集团有限公司' });
    await waitFor(() => expect(within(profile).getByTestId('stage-badge').getAttribute('data-stage')).toBe('peripheral'));
    expect(within(profile).getByTestId('phase-reason').textContent).toContain('尚无成交');

    const form = within(profile).getByRole('form', { name: '记录跟进' });
    fireEvent.change(within(form).getByLabelText('方式'), { target: { value: 'visit' } });
    fireEvent.change(within(form).getByLabelText('内容'), { target: { value: '上门拜访，介绍撮合服务' } });
    fireEvent.change(within(form).getByLabelText('下次跟进日期'), { target: { value: '2026-11-30' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存跟进' }));

    await waitFor(() => expect(within(profile).getByTestId('stage-badge').getAttribute('data-stage')).toBe('potential'));
    expect(within(profile).getByTestId('stage-badge').textContent).toBe('潜在客户');
    expect(within(profile).getByTestId('customer-timeline').textContent).toContain('上门拜访，介绍撮合服务');
    const book = await world.open('main');
    try {
      const logs = await book.read.query('contactLogs', (t) => t.where('customerId').equals(SHAGANG_ID)).toArray();
      expect(logs).toEqual([expect.objectContaining({ channel: 'visit', summary: '上门拜访，介绍撮合服务', nextFollowUpOn: '2026-11-30', at: '2026-11-23T10:00:00+08:00' })]);
      expect((await book.read.get('customers', SHAGANG_ID))?.firstContactOn).toBe('2026-11-23');
    } finally {
      book.close();
    }
  });

  it('a contact log needs what was said', async () => {
    await renderCustomers();
    fireEvent.click(await screen.findByRole('button', { name: '安徽长江钢铁有限公司' }));
    const profile = await screen.findByRole('complementary', { name: '安徽长江钢铁有限公司' });
    fireEvent.click(within(profile).getByRole('button', { name: '保存跟进' }));
    expect(await within(profile).findByText('请填写跟进内容')).toBeTruthy();
  });

  it('the profile says why the customer is in its phase and what the next grade takes', async () => {
    await renderCustomers();
    fireEvent.click(await screen.findByRole('button', { name: '上海宝丰建材有限公司' }));
    const profile = await screen.findByRole('complementary', { name: '上海宝丰建材有限公司' });
    await waitFor(() => expect(within(profile).getByTestId('phase-reason').textContent).toBe('原因：仅 2 笔成交，仍在考察'));
    expect(within(profile).getByTestId('next-grade').textContent).toMatch(/^升级所需：距银牌还差 /);
    expect(within(profile).getByText('王秀英 · 13812345678 · 11-28')).toBeTruthy();
  });

  it('edits a customer: records who referred it, found by pinyin, and the profile shows it', async () => {
    const world = await renderCustomers();
    fireEvent.click(await screen.findByRole('button', { name: '安徽长江钢铁有限公司' }));
    const profile = await screen.findByRole('complementary', { name: '安徽长江钢铁有限公司' });
    fireEvent.click(within(profile).getByRole('button', { name: '编辑' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑客户' });
    fireEvent.change(within(dialog).getByLabelText('介绍人'), { target: { value: 'sgjt' } });
    fireEvent.click(await within(dialog).findByRole('button', { name: '江苏沙钢集团有限公司' }));
    fireEvent.change(within(dialog).getByLabelText('预计月用量（吨）'), { target: { value: '800' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const facts = within(await screen.findByRole('complementary', { name: '安徽长江钢铁有限公司' })).getByRole('region', { name: '基本资料' });
    await waitFor(() => expect(facts.textContent).toContain('介绍人江苏沙钢集团有限公司'));
    expect(facts.textContent).toContain('预计月用量800 吨/月');
    const book = await world.open('main');
    try {
      const [customer] = await book.read.query('customers').filter((c) => c.name === '安徽长江钢铁有限公司').toArray();
      expect(customer).toMatchObject({ referredById: SHAGANG_ID, estimatedMonthlyKg: 800_000 });
    } finally {
      book.close();
    }
  });

  it('adds a contact with a birthday to a customer, checking the fields first', async () => {
    await renderCustomers();
    fireEvent.click(await screen.findByRole('button', { name: '安徽长江钢铁有限公司' }));
    const profile = await screen.findByRole('complementary', { name: '安徽长江钢铁有限公司' });
    const form = within(profile).getByRole('form', { name: '添加联系人' });
    fireEvent.change(within(form).getByLabelText('生日'), { target: { value: '13-40' } });
    fireEvent.click(within(form).getByRole('button', { name: '添加联系人' }));
    expect(await within(form).findByText('请填写姓名')).toBeTruthy();
    expect(within(form).getByText('生日请写 月-日，如 03-25')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('姓名'), { target: { value: '陈刚' } });
    fireEvent.change(within(form).getByLabelText('职务'), { target: { value: '采购经理' } });
    fireEvent.change(within(form).getByLabelText('生日'), { target: { value: '11-30' } });
    fireEvent.click(within(form).getByLabelText('关键联系人（节日问候）'));
    fireEvent.click(within(form).getByRole('button', { name: '添加联系人' }));
    const contacts = within(profile).getByRole('region', { name: '联系人' });
    expect(await within(contacts).findByText(/陈刚 · 采购经理 · 11-30/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '提醒' }));
    expect((await screen.findByTestId('reminders-birthdays')).textContent).toContain('陈刚 生日');
  });

  it('reminders list the overdue follow-up, the birthday and the key contact to greet', async () => {
    await renderCustomers();
    fireEvent.click(screen.getByRole('tab', { name: '提醒' }));
    const followUps = await screen.findByTestId('reminders-follow-ups');
    expect(followUps.textContent).toContain('永兴钢贸');
    expect(followUps.textContent).toContain('逾期 3 天');
    expect(screen.getByTestId('reminders-birthdays').textContent).toContain('王秀英 生日');
    expect(screen.getByTestId('reminders-birthdays').textContent).toContain('2026-11-28');
  });
});
