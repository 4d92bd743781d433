import type { SafeStorage } from 'electron';
import { AppError } from '../../shared/errors.js';
import type { Cipher } from '../core/vault/cipher.js';
import { createPassphraseCipher } from '../core/vault/passphraseCipher.js';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend' | 'setUsePlainTextEncryption'
>;

/** Said plainly in settings and before storing a secret when Linux has no keyring for safeStorage. */
export const PLAIN_TEXT_WARNING =
  'No OS keyring (GNOME Keyring, KWallet) is available, so Electron can only store passwords and tokens obfuscated with a fixed key: anyone who can read your files can read them.';

/** Linux only: safeStorage falls back to `basic_text` (a hard-coded key) when no keyring answers. */
export function isPlainTextBackend(storage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  return platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text';
}

export interface SafeStorageCipherOptions {
  platform?: NodeJS.Platform;
  /** The user's answer to the keyring question (settings allowPlainTextSecrets), read at each use. */
  allowPlainText?: () => boolean;
  /** WORKTRAY_PASSPHRASE at launch: opens a vault made by the CLI or web host once, which then gets a keyring slot. */
  passphrase?: string;
}

/**
 * The vault's unlock method under Electron: the OS keyring (safeStorage)
 * wraps the vault's data key, as base64 at rest. Recent Electron refuses basic_text until the app opts in
 * with setUsePlainTextEncryption(true); Worktray opts in only once the user
 * has allowed it, and otherwise refuses with the reason.
 */
export function createSafeStorageCipher(storage: SafeStorageLike, options: SafeStorageCipherOptions = {}): Cipher {
  const platform = options.platform ?? process.platform;
  const allowPlainText = options.allowPlainText ?? (() => false);
  // Asking first makes Chromium pick its backend, so the answer below is not 'unknown'.
  storage.isEncryptionAvailable();
  const weak = isPlainTextBackend(storage, platform);
  const requireAvailable = (): void => {
    if (storage.isEncryptionAvailable()) return;
    if (weak && allowPlainText()) {
      storage.setUsePlainTextEncryption(true);
      if (storage.isEncryptionAvailable()) return;
    }
    if (weak)
      throw new AppError('forbidden', `${PLAIN_TEXT_WARNING} Allow it in Settings to store credentials anyway.`, {
        field: 'allowPlainTextSecrets',
      });
    throw new AppError(
      'unsupported',
      'The operating system offers no encryption for stored credentials right now (safeStorage is unavailable)',
    );
  };
  const unavailable = (): AppError =>
    new AppError('auth', 'The OS keyring could not unwrap the vault key: the keyring changed or the vault was tampered with');
  return {
    kind: weak ? 'safeStorage (basic_text)' : 'safeStorage',
    slotType: 'safeStorage',
    isStrong: !weak,
    enrollWith: options.passphrase ? createPassphraseCipher(options.passphrase) : undefined,
    wrapKey(key) {
      requireAvailable();
      return { type: 'safeStorage', wrapped: storage.encryptString(key.toString('base64')).toString('base64') };
    },
    unwrapKey(slot) {
      requireAvailable();
      if (slot.type !== 'safeStorage') throw unavailable();
      let key: Buffer;
      try {
        key = Buffer.from(storage.decryptString(Buffer.from(slot.wrapped, 'base64')), 'base64');
      } catch {
        throw unavailable();
      }
      if (key.length !== 32) throw unavailable();
      return key;
    },
    openLegacy(sealed) {
      requireAvailable();
      try {
        return storage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        throw new AppError(
          'auth',
          'Stored credentials could not be decrypted: the OS keyring changed or the vault was tampered with',
        );
      }
    },
  };
}
