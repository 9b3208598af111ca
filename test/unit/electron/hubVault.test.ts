import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encryptedFile, NoSafeStorageError } from '../../../electron/main/hub/encryptedFile';
import { fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

describe('the encrypted token file (safeStorage)', () => {
  let dir: string;
  let path: string;
  const { safeStorage } = fakeElectron;

  beforeEach(() => {
    fakeElectron.reset();
    dir = mkdtempSync(join(tmpdir(), 'steeldesk-vault-'));
    path = join(dir, 'nested', 'hub-pairing.bin');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the secret encrypted at rest and reads it back', () => {
    const file = encryptedFile(path, safeStorage, 'linux');
    expect(file.read()).toBeUndefined();
    file.write('{"token":"device.s3cret-token"}');
    const onDisk = readFileSync(path);
    expect(onDisk.toString('latin1')).not.toContain('s3cret');
    expect(safeStorage.decryptString(onDisk)).toBe('{"token":"device.s3cret-token"}');
    expect(file.read()).toBe('{"token":"device.s3cret-token"}');
    file.remove();
    expect(existsSync(path)).toBe(false);
    expect(file.read()).toBeUndefined();
  });

  it('refuses to write in plain text when safeStorage cannot encrypt, saying so and where', () => {
    safeStorage.available = false;
    const file = encryptedFile(path, safeStorage, 'win32');
    expect(() => file.write('{"token":"t"}')).toThrow(NoSafeStorageError);
    expect(() => file.write('{"token":"t"}')).toThrow(`cannot keep the hub token at ${path}: this system offers no encrypted storage`);
    expect(existsSync(path)).toBe(false);
  });

  it("refuses Linux's basic_text fallback (a fixed key), naming the keyring to install", () => {
    safeStorage.backend = 'basic_text';
    const file = encryptedFile(path, safeStorage, 'linux');
    expect(() => file.assertSafe()).toThrow('no desktop keyring was found');
    expect(() => file.write('{"token":"t"}')).toThrow('gnome-keyring or KWallet');
    expect(existsSync(path)).toBe(false);
  });
});
