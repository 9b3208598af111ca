import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../app/support/renderApp';
import { testWorld } from '../app/support/testServices';

describe('interface language', () => {
  it('starts in Chinese and switches the whole window to English live from Settings', async () => {
    const world = testWorld();
    await renderApp(world, '#/settings');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('link', { name: '撮合台' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('界面语言'), { target: { value: 'en' } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Matching desk' })).toBeTruthy();
    expect(screen.getByLabelText('Interface language')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '撮合台' })).toBeNull();
    expect(document.documentElement.lang).toBe('en');
    expect(world.settings.current.language).toBe('en');
  });

  it('follows a language change made elsewhere (another window)', async () => {
    const world = testWorld();
    await renderApp(world, '#/deals');
    await world.settings.update({ language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deals' })).toBeTruthy();
    expect(await screen.findByText('No deals yet')).toBeTruthy();
  });

  it('opens in English when the settings say so', async () => {
    await renderApp(testWorld({ settings: { language: 'en' } }), '#/desk');
    expect(await screen.findByRole('heading', { level: 1, name: 'Matching desk' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
