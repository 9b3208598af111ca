import { vi } from 'vitest';
import { createHubConnection, type HubConnection, type SecretStore } from '../../../../shared/ipc/hubConnection';
import type { HubFetch } from '../../../../shared/sync/httpHubTransport';
import { OfficeHub } from '../../../../electron/main/office/officeHub';

/** A secret store in memory: `text` is what it holds. */
export function memorySecret(): SecretStore & { text: string | undefined } {
  const store = {
    text: undefined as string | undefined,
    assertSafe: () => undefined,
    read: () => store.text,
    write: (text: string) => void (store.text = text),
    remove: () => void (store.text = undefined),
  };
  return store;
}

/** A hub connection that is not paired and whose fetch fails the test if called. */
export function unpairedHub(fetch: HubFetch = vi.fn(() => Promise.reject(new Error('no hub in this test')))): HubConnection {
  return createHubConnection({ secrets: memorySecret(), fetch, now: () => new Date('2026-11-23T02:00:00Z') });
}

/** Office mode switched off (never started in this test). */
export function officeOff(): OfficeHub {
  return new OfficeHub({ dataDir: '/nonexistent/office-hub', officeToken: memorySecret(), startHub: vi.fn(() => Promise.reject(new Error('no hub in this test'))) });
}
