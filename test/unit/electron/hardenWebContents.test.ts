import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from '../../../electron/main/security/hardenWebContents';
import { externalLinkOpener } from '../../../electron/main/security/openExternalLink';
import { fakeElectron, FakeWebContents } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

describe('every web contents of the app', () => {
  let contents: FakeWebContents;

  beforeEach(() => {
    fakeElectron.reset();
    contents = new FakeWebContents();
    hardenWebContents(contents.asElectron(), externalLinkOpener(fakeElectron.shell));
  });

  it.each(['will-navigate', 'will-redirect'] as const)('cannot %s away from the app', (event) => {
    for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other-host/index.html']) {
      expect(contents.navigate(event, url), url).toBe(true);
    }
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('may move within the app (a reload, its own pages)', () => {
    expect(contents.navigate('will-navigate', 'app://steeldesk/index.html#/deals')).toBe(false);
  });

  it('sends an allow-listed link to the system browser instead of navigating to it', () => {
    expect(contents.navigate('will-navigate', 'https://index.mysteel.com/price')).toBe(true);
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://index.mysteel.com/price');
  });

  it('denies every window.open, opening only allow-listed links externally', () => {
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://steeldesk/index.html' })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://www.amap.com/search?query=仓库' })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.amap.com/search?query=仓库');
  });

  it('refuses to attach a <webview>', () => {
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});
