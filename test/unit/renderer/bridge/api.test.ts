import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SteelDeskApi } from '../../../../shared/ipc/steelDeskApi';

// getApi keeps one web bridge per page, so each test loads a fresh module.
const loadGetApi = async () => {
  vi.resetModules();
  return (await import('../../../../renderer/src/bridge/api')).getApi;
};

describe('getApi', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'steeldesk');
    vi.restoreAllMocks();
  });

  it('returns the API the Electron preload exposed', async () => {
    const exposed = { app: {}, settings: {}, shell: {} } as SteelDeskApi;
    Object.defineProperty(window, 'steeldesk', { value: exposed, configurable: true });
    expect((await loadGetApi())()).toBe(exposed);
  });

  it('falls back to one web bridge in a plain browser', async () => {
    const getApi = await loadGetApi();
    const api = getApi();
    expect(getApi()).toBe(api);
    await expect(api.app.info()).resolves.toMatchObject({ shell: 'browser' });
  });

  it('refuses to fall back inside Electron, where a missing preload is a bug', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 Chrome/146.0 Electron/41.7.1 Safari/537.36');
    expect(await loadGetApi()).toThrow('window.steeldesk is missing: the Electron preload did not load');
  });
});
