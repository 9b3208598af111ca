import { cleanup, configure, render, screen, type RenderResult } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { App } from '../../../../../renderer/src/app/App';
import type { TestWorld } from './testServices';

// Whole-app tests render the real store on fake IndexedDB, whose reads finish on later ticks; on
// a busy shared machine that takes seconds. These are upper bounds for `findBy*`/`waitFor` and for
// a test, not delays.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

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
