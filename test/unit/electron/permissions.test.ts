import { beforeEach, describe, expect, it, vi } from 'vitest';
import { denyPermissionsByDefault } from '../../../electron/main/security/permissions';
import { fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

const PERMISSIONS = [
  'clipboard-read',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
];

describe('permissions', () => {
  const session = fakeElectron.session.defaultSession;

  beforeEach(() => {
    fakeElectron.reset();
    denyPermissionsByDefault(session as never);
  });

  const request = (permission: string, requestingUrl: string): boolean => {
    let granted: boolean | undefined;
    session.permissionRequestHandler!(undefined, permission, (answer: boolean) => (granted = answer), { requestingUrl });
    if (granted === undefined) throw new Error('the request handler never answered');
    return granted;
  };

  it.each(PERMISSIONS)('a request for %s is denied, even from the app', (permission) => {
    expect(request(permission, 'app://steeldesk/index.html')).toBe(false);
  });

  it.each(PERMISSIONS)('a check for %s is denied', (permission) => {
    expect(session.permissionCheckHandler!(undefined, permission, 'app://steeldesk', {})).toBe(false);
  });

  it('lets the app, and only the app, write to the clipboard', () => {
    expect(request('clipboard-sanitized-write', 'app://steeldesk/index.html')).toBe(true);
    expect(session.permissionCheckHandler!(undefined, 'clipboard-sanitized-write', 'app://steeldesk', {})).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(session.permissionCheckHandler!(undefined, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('denies access to USB, HID and serial devices', () => {
    expect(session.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://steeldesk' })).toBe(false);
    expect(session.devicePermissionHandler!({ deviceType: 'hid', origin: 'app://steeldesk' })).toBe(false);
  });
});
