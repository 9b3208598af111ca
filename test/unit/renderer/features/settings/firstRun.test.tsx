import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BookContents } from '../../../../../renderer/src/app/AppServices';
import { generateDemoBook } from '../../../../../shared/demo';
import { TABLE_NAMES } from '../../../../../shared/model';
import { renderApp } from '../../app/support/renderApp';
import { SMALL_BOOK } from '../../app/support/smallBook';
import { testWorld, type TestWorld } from '../../app/support/testServices';

async function customerCount(world: TestWorld, name: 'main' | 'demo'): Promise<number> {
  const book = await world.open(name);
  try {
    return await book.read.query('customers').count();
  } finally {
    book.close();
  }
}

describe('first run', () => {
  it('loads the demo book into the demo database, opens it and marks the first run done', async () => {
    const world = testWorld({ settings: { firstRunDone: false }, demo: SMALL_BOOK });
    await renderApp(world);
    const dialog = await screen.findByRole('dialog', { name: '欢迎使用钢材撮合工作台' });
    fireEvent.click(within(dialog).getByRole('button', { name: '载入演示账本' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(world.settings.current).toMatchObject({ firstRunDone: true, activeBook: 'demo' });
    expect(screen.getByTestId('demo-banner')).toBeTruthy();
    expect(await screen.findByText('宝丰建材')).toBeTruthy();
    expect(await customerCount(world, 'demo')).toBe(3);
    expect(await customerCount(world, 'main')).toBe(0);
  });

  it('loads every record of a (small) generated demo company through the repository', async () => {
    const demo = generateDemoBook({ brokers: 2, customers: 12, offers: 30, requests: 6, deals: 48 });
    const world = testWorld({ settings: { firstRunDone: false }, demo });
    await renderApp(world);
    fireEvent.click(await screen.findByRole('button', { name: '载入演示账本' }));
    await waitFor(() => expect(world.settings.current.firstRunDone).toBe(true));

    const book = await world.open('demo');
    const stored = Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (table) => [table, await book.read.query(table).count()])));
    const generated = Object.fromEntries(TABLE_NAMES.map((table) => [table, (demo as BookContents)[table]?.length ?? 0]));
    expect(stored).toEqual(generated);
    expect(await book.outbox.size()).toBe(Object.values(generated).reduce((a, b) => a + b, 0));
    book.close();
  });

  it('starts with the empty main book', async () => {
    const world = testWorld({ settings: { firstRunDone: false }, demo: SMALL_BOOK });
    await renderApp(world);
    fireEvent.click(await screen.findByRole('button', { name: '从空白开始' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(world.settings.current).toMatchObject({ firstRunDone: true, activeBook: 'main' });
    expect(await screen.findByText('没有可售货源')).toBeTruthy();
    expect(await customerCount(world, 'demo')).toBe(0);
  });

  it('says why a demo load failed, keeps the dialog, and removes the customers it had already written', async () => {
    const broken: BookContents = { ...SMALL_BOOK, offers: [{ ...SMALL_BOOK.offers![0]!, availableKg: 1.5 }] };
    const world = testWorld({ settings: { firstRunDone: false }, demo: broken });
    await renderApp(world);
    fireEvent.click(await screen.findByRole('button', { name: '载入演示账本' }));

    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toContain('载入演示账本失败');
    expect(alert.textContent).toContain('offers[0].availableKg');
    expect(world.settings.current).toMatchObject({ firstRunDone: false, activeBook: 'main' });
    expect(await customerCount(world, 'demo')).toBe(0);
  });

  it('is not shown once the first run is done', async () => {
    await renderApp(testWorld());
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
