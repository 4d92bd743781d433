import Conf from 'conf';
import { AppError } from '../../../shared/errors.js';
import type { Cipher } from './cipher.js';
import { createPassphraseCipher, newSalt } from './passphraseCipher.js';

interface VaultFile {
  /** Salt of the passphrase KDF; absent under safeStorage. */
  kdfSalt?: string;
  /** A known text sealed with the vault's key, to tell a wrong passphrase from a damaged entry. */
  check?: string;
  cipherKind?: string;
  secrets: Record<string, string>;
}

const CHECK_TEXT = 'worktray-vault';

/** Credentials at rest: sealed by the cipher, kept in `vault.json` through conf. Never a plain-text fallback. */
export interface Vault {
  readonly cipherKind: string;
  readonly isStrong: boolean;
  get(accountId: string): string;
  set(accountId: string, secret: string): void;
  remove(accountId: string): void;
  has(accountId: string): boolean;
}

function openStore(dataDir: string): Conf<VaultFile> {
  return new Conf<VaultFile>({ cwd: dataDir, configName: 'vault', defaults: { secrets: {} }, clearInvalidConfig: false });
}

/** Opens the vault with a given cipher (safeStorage under Electron). */
export function openVault(dataDir: string, cipher: Cipher): Vault {
  const store = readable(dataDir);
  const check = store.get('check');
  if (check === undefined) {
    store.set('check', cipher.encrypt(CHECK_TEXT));
    store.set('cipherKind', cipher.kind);
  } else {
    let opened = '';
    try {
      opened = cipher.decrypt(check);
    } catch {
      opened = '';
    }
    const sealedBy = store.get('cipherKind');
    if (opened !== CHECK_TEXT && sealedBy && sealedBy.split(' ')[0] !== cipher.kind.split(' ')[0]) {
      throw new AppError(
        'auth',
        `The vault in ${dataDir} was sealed by ${sealedBy === 'passphrase' ? 'a passphrase (the CLI or web host)' : 'the desktop app (safeStorage)'} and cannot be opened here; use a separate --data-dir or the same host`,
        { field: 'passphrase' },
      );
    }
    if (opened !== CHECK_TEXT) {
      throw new AppError(
        'auth',
        `The vault in ${dataDir} could not be opened: wrong passphrase or key, or the file was tampered with`,
        {
          field: 'passphrase',
        },
      );
    }
  }
  return {
    cipherKind: cipher.kind,
    isStrong: cipher.isStrong,
    get(accountId) {
      const sealed = store.get('secrets')[accountId];
      if (sealed === undefined) throw new AppError('auth', `No credentials are stored for account ${accountId}`);
      try {
        return cipher.decrypt(sealed);
      } catch {
        throw new AppError(
          'auth',
          `The stored credentials of account ${accountId} are damaged or were tampered with; add the account again`,
        );
      }
    },
    set(accountId, secret) {
      store.set('secrets', { ...store.get('secrets'), [accountId]: cipher.encrypt(secret) });
    },
    remove(accountId) {
      const { [accountId]: _removed, ...rest } = store.get('secrets');
      store.set('secrets', rest);
    },
    has: (accountId) => accountId in store.get('secrets'),
  };
}

/** Opens the vault with a passphrase (CLI and web host); the salt lives in the vault file. */
export function openPassphraseVault(dataDir: string, passphrase: string): Vault {
  return openVault(dataDir, passphraseCipherFor(dataDir, passphrase));
}

export function passphraseCipherFor(dataDir: string, passphrase: string): Cipher {
  const store = readable(dataDir);
  let salt = store.get('kdfSalt');
  if (salt === undefined) {
    salt = newSalt().toString('base64');
    store.set('kdfSalt', salt);
  }
  return createPassphraseCipher(passphrase, Buffer.from(salt, 'base64'));
}

function readable(dataDir: string): Conf<VaultFile> {
  try {
    return openStore(dataDir);
  } catch (error) {
    throw new AppError(
      'auth',
      `The vault file in ${dataDir} is not readable (damaged or tampered with): ${(error as Error).message}`,
    );
  }
}

/** Opens the vault on first use, so listing accounts never needs the passphrase. */
export function lazyVault(open: () => Vault): Vault {
  let vault: Vault | null = null;
  const get = (): Vault => (vault ??= open());
  return {
    get cipherKind() {
      return get().cipherKind;
    },
    get isStrong() {
      return get().isStrong;
    },
    get: (id) => get().get(id),
    set: (id, secret) => get().set(id, secret),
    remove: (id) => get().remove(id),
    has: (id) => get().has(id),
  };
}
