import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './support/renderApp';
import { testWorld } from './support/testServices';
import type { ReadCollection } from '../../../../renderer/src/data';

const PAGES = [
  ['desk', '撮合台'],
  ['customers', '客户'],
  ['deals', '成交'],
  ['analytics', '分析'],
  ['sync', '同步'],
  ['settings', '设置'],
] as const;

describe('app shell navigation', () => {
  it('reaches every page from the side navigation, marking the current link', async () => {
    await renderApp(testWorld());
    const nav = screen.getByRole('navigation', { name: '主导航' });
    for (const [page, title] of PAGES) {
      const link = within(nav).getByRole('link', { name: title });
      fireEvent.click(link);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
      expect(screen.getByTestId(`page-${page}`)).toBeTruthy();
      expect(link.getAttribute('aria-current')).toBe('page');
      expect(window.location.hash).toBe(`#/${page}`);
    }
  });

  it('switches pages with Ctrl+1..6', async () => {
    await renderApp(testWorld());
    for (const [index, [, title]] of [...PAGES.entries()].reverse()) {
      fireEvent.keyDown(window, { key: String(index + 1), ctrlKey: true });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    }
  });

  it('opens the page named in the location hash, and the desk for an unknown one', async () => {
    await renderApp(testWorld(), '#/deals');
    expect(await screen.findByRole('heading', { level: 1, name: '成交' })).toBeTruthy();
    window.location.hash = '#/nowhere';
    fireEvent(window, new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { level: 1, name: '撮合台' })).toBeTruthy();
  });

  it('shows the open book, the broker and the market date with its UTC offset in the top bar', async () => {
    await renderApp(testWorld({ settings: { brokerName: '张立' } }));
    expect(screen.getByTestId('open-book').textContent).toBe('主账本');
    expect(screen.getByTestId('broker-name').textContent).toBe('张立');
    expect(screen.getByTestId('market-date').textContent).toBe('2026-11-23 (UTC+08:00)');
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });

  it('puts a DEMO banner on every page while the demo book is open', async () => {
    await renderApp(testWorld({ settings: { activeBook: 'demo' } }));
    expect(screen.getByTestId('open-book').textContent).toBe('演示账本');
    expect(screen.getByTestId('demo-banner').textContent).toContain('DEMO');
  });

  it('shows a page that fails to render as an error message, and the rest of the app keeps working', async () => {
    const world = testWorld();
    const open = world.services.books.open;
    world.services.books.open = async (name) => {
      const book = await open(name);
      const read = Object.create(book.read) as typeof book.read;
      // A broken IndexedDB index fails as IndexedDB does: every read of the collection rejects.
      read.query = (() => failingCollection(new Error('索引 customers 损坏'))) as typeof read.query;
      return { ...book, read };
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderApp(world, '#/customers');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('出错了');
    expect(alert.textContent).toContain('出错位置：客户');
    expect(alert.textContent).toContain('索引 customers 损坏');
    expect(log).toHaveBeenCalledWith('SteelDesk: render error in 客户', expect.any(Error), expect.any(String));
    log.mockRestore();
    fireEvent.click(screen.getByRole('link', { name: '设置' }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
  });
});

/** A collection whose every read rejects with `error` (its narrowing methods return the collection itself). */
function failingCollection(error: Error): ReadCollection<unknown> {
  const reads = new Set(['toArray', 'first', 'last', 'count', 'sortBy', 'primaryKeys']);
  const collection: ReadCollection<unknown> = new Proxy({} as ReadCollection<unknown>, {
    get: (_target, method) => (reads.has(String(method)) ? () => Promise.reject(error) : () => collection),
  });
  return collection;
}
