import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SafeStorage } from 'electron';
import type { SecretStore } from '../../../shared/ipc/hubConnection';

/** Thrown when a secret would have to be kept in plain text. */
export class NoSafeStorageError extends Error {
  override readonly name = 'NoSafeStorageError';
}

/**
 * A secret (a device or office token) kept in one file, encrypted with Electron's safeStorage (the
 * system keychain, DPAPI, or the Linux secret service). Refuses to write when safeStorage cannot
 * encrypt, or would only obfuscate (Linux `basic_text`, a hard-coded key): a token in plain text
 * on disk would let anyone with the file act as this workstation.
 */
export function encryptedFile(
  path: string,
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>,
  platform: string = process.platform,
): SecretStore {
  const ensureSafe = (): void => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new NoSafeStorageError(`cannot keep the hub token at ${path}: this system offers no encrypted storage (Electron safeStorage is unavailable); the token is never written in plain text`);
    }
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      throw new NoSafeStorageError(
        `cannot keep the hub token at ${path}: no desktop keyring was found (safeStorage would use a fixed key, which is plain text in effect); install and unlock gnome-keyring or KWallet, then try again`,
      );
    }
  };

  return {
    assertSafe: ensureSafe,
    read() {
      let encrypted: Buffer;
      try {
        encrypted = readFileSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      ensureSafe();
      return safeStorage.decryptString(encrypted);
    },
    write(text) {
      ensureSafe();
      mkdirSync(dirname(path), { recursive: true });
      // Written aside and renamed, so a crash mid-write leaves the previous secret, not half of one.
      writeFileSync(`${path}.tmp`, safeStorage.encryptString(text), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    },
    remove() {
      rmSync(path, { force: true });
    },
  };
}
