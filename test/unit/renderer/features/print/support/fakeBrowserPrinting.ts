import { vi } from 'vitest';
import type { BrowserPrinting, PrintTabMessage } from '../../../../../../renderer/src/bridge/browserPrinting';

export type FakeTab = BrowserPrinting & {
  printThisPage: ReturnType<typeof vi.fn<() => void>>;
  closeThisPage: ReturnType<typeof vi.fn<() => void>>;
};

/**
 * Tabs of one origin in a test: each `tab()` is a BrowserPrinting whose posts reach the other tabs
 * (as a BroadcastChannel does, never the sender itself). `opened` lists the hashes tabs opened.
 */
export class FakeOrigin {
  readonly opened: string[] = [];
  readonly #listeners = new Map<number, Set<(message: unknown) => void>>();
  #next = 0;
  #jobs = 0;
  /** Whether the browser lets the next tab open. */
  popupsAllowed = true;

  tab(): FakeTab {
    const id = this.#next++;
    const listeners = new Set<(message: unknown) => void>();
    this.#listeners.set(id, listeners);
    return {
      openTab: (hash) => {
        if (!this.popupsAllowed) return false;
        this.opened.push(hash);
        return true;
      },
      printThisPage: vi.fn<() => void>(),
      closeThisPage: vi.fn<() => void>(),
      post: (message: PrintTabMessage) => {
        for (const [other, set] of this.#listeners) if (other !== id) for (const listener of [...set]) listener(structuredClone(message));
      },
      listen: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      newJobId: () => `6f1c2b9e-3f4a-4c5d-8e9f-${String(++this.#jobs).padStart(12, '0')}`,
    };
  }
}
