import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/renderApp';
import { SMALL_BOOK } from '../../app/support/smallBook';
import { seed, testWorld } from '../../app/support/testServices';

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: '保存' }));

describe('settings: broker, hub and printer', () => {
  it('saves valid preferences through the settings service', async () => {
    const world = testWorld();
    await renderApp(world, '#/settings');
    type('业务员姓名', '张立');
    type('成交单号前缀', 'zl');
    type('服务器地址', 'https://hub.example.com');
    fireEvent.change(screen.getByLabelText('纸张'), { target: { value: 'continuous241' } });
    type('份数', '2');
    save();

    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(world.settings.current).toMatchObject({
      brokerName: '张立',
      brokerPrefix: 'ZL',
      hubUrl: 'https://hub.example.com',
      printer: { layout: 'continuous241', copies: 2 },
    });
    expect(screen.getByTestId('broker-name').textContent).toBe('张立');
  });

  it('shows what is wrong beside each invalid field and saves nothing', async () => {
    const world = testWorld();
    const before = world.settings.current;
    await renderApp(world, '#/settings');
    type('业务员姓名', '张立');
    type('成交单号前缀', 'Z1');
    type('服务器地址', 'ftp://hub');
    type('份数', '12');
    save();

    const prefix = screen.getByLabelText('成交单号前缀');
    await waitFor(() => expect(prefix.getAttribute('aria-invalid')).toBe('true'));
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toEqual([
      '前缀须为 2–4 个大写英文字母',
      '请填写以 http:// 或 https:// 开头的完整地址，或留空',
      '份数须为 1–9 的整数',
    ]);
    expect(prefix.getAttribute('aria-describedby')).toContain(screen.getByText('前缀须为 2–4 个大写英文字母').id);
    expect(screen.getByLabelText('业务员姓名').getAttribute('aria-invalid')).toBe('false');
    expect(world.settings.current).toBe(before);
  });
});

describe('settings: books', () => {
  it('switches to the empty demo book, loads the demo company into it, and back to the main book', async () => {
    const world = testWorld({ demo: SMALL_BOOK });
    await renderApp(world, '#/settings');
    fireEvent.click(screen.getByRole('button', { name: '切换到演示账本' }));
    expect(await screen.findByTestId('demo-banner')).toBeTruthy();

    const load = await screen.findByRole('button', { name: '载入演示账本' });
    fireEvent.click(load);
    // While it loads, the book cannot be switched or removed under it.
    for (const name of ['载入演示账本', '切换到主账本', '删除演示数据']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
    await waitFor(() => expect(screen.queryByRole('button', { name: '载入演示账本' })).toBeNull());
    fireEvent.click(screen.getByRole('link', { name: '客户' }));
    expect(await screen.findByText('上海宝丰建材有限公司')).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: '设置' }));
    fireEvent.click(await screen.findByRole('button', { name: '切换到主账本' }));
    await waitFor(() => expect(screen.queryByTestId('demo-banner')).toBeNull());
    expect(world.settings.current.activeBook).toBe('main');
  });

  it('removes the demo data after a confirmation, returning to the main book', async () => {
    const world = testWorld({ settings: { activeBook: 'demo' } });
    await seed(world, 'demo', SMALL_BOOK);
    await renderApp(world, '#/settings');

    fireEvent.click(screen.getByRole('button', { name: '删除演示数据' }));
    const confirm = screen.getByRole('dialog', { name: '删除演示数据？' });
    fireEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(world.settings.current.activeBook).toBe('demo');

    fireEvent.click(screen.getByRole('button', { name: '删除演示数据' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '确认删除' }));
    expect(await screen.findByText('演示数据已删除')).toBeTruthy();
    expect(world.settings.current.activeBook).toBe('main');
    const demo = await world.open('demo');
    expect(await demo.read.query('customers').count()).toBe(0);
    demo.close();
  });
});
