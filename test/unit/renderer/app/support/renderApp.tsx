import { cleanup, render, screen, type RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import type { TestWorld } from './testServices';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

/** Renders the whole app on `world` at `hash` and waits until the shell is up. */
export async function renderApp(world: TestWorld, hash = '#/desk'): Promise<RenderResult> {
  window.location.hash = hash;
  const result = render(<App services={world.services} />);
  await screen.findByRole('navigation');
  return result;
}
