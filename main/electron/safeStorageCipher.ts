import type { SafeStorage } from 'electron';
import { AppError } from '../../shared/errors.js';
import type { Cipher } from '../core/vault/cipher.js';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

/** Said plainly in settings and before storing a secret when Linux has no keyring for safeStorage. */
export const PLAIN_TEXT_WARNING =
  'No OS keyring (GNOME Keyring, KWallet) is available, so Electron can only store passwords and tokens obfuscated with a fixed key: anyone who can read your files can read them.';

/** Linux only: safeStorage falls back to `basic_text` (a hard-coded key) when no keyring answers. */
export function isPlainTextBackend(storage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  return platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text';
}

/** The vault's cipher under Electron: the OS keyring through safeStorage, as base64 at rest. */
export function createSafeStorageCipher(storage: SafeStorageLike, platform: NodeJS.Platform = process.platform): Cipher {
  const weak = isPlainTextBackend(storage, platform);
  const requireAvailable = (): void => {
    if (!storage.isEncryptionAvailable()) {
      throw new AppError('unsupported', 'The operating system offers no encryption for stored credentials right now (safeStorage is unavailable)');
    }
  };
  return {
    kind: weak ? 'safeStorage (basic_text)' : 'safeStorage',
    isStrong: !weak,
    encrypt(plain) {
      requireAvailable();
      return storage.encryptString(plain).toString('base64');
    },
    decrypt(sealed) {
      requireAvailable();
      try {
        return storage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        throw new AppError('auth', 'Stored credentials could not be decrypted: the OS keyring changed or the vault was tampered with');
      }
    },
  };
}
