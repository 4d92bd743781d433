import { AppError } from '../../../shared/errors.js';
import type { Cipher } from './cipher.js';
import { createPassphraseCipher } from './passphraseCipher.js';
import { openEntry, sealEntry } from './seal.js';
import { entryAad, keyMatches, NoSlotError, unlockVault } from './unlock.js';
import { readVaultFile, writeVaultFile, type VaultFile } from './vaultFile.js';

/** Credentials at rest: each sealed with the vault's data key for its account, in `vault.json`. Never a plain-text fallback. */
export interface Vault {
  readonly cipherKind: string;
  readonly isStrong: boolean;
  get(accountId: string): string;
  set(accountId: string, secret: string): void;
  remove(accountId: string): void;
  has(accountId: string): boolean;
  /** Adds an unlock slot for another method (a passphrase, or the OS keyring); false when that method opens the vault already. */
  addSlot(cipher: Cipher): boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens the vault with the host's unlock method (safeStorage under Electron,
 * a passphrase elsewhere). A vault without a slot for it opens through
 * `cipher.enrollWith` when given, and then gets a slot for `cipher` too.
 */
export function openVault(dataDir: string, cipher: Cipher): Vault {
  let key: Buffer;
  try {
    key = unlockVault(dataDir, cipher);
  } catch (error) {
    if (!(error instanceof NoSlotError) || !cipher.enrollWith) throw error;
    key = unlockVault(dataDir, cipher.enrollWith);
    addSlot(dataDir, key, cipher);
  }
  const current = (): VaultFile => {
    const stored = readVaultFile(dataDir);
    if (stored.format !== 2 || !keyMatches(key, stored.file.check))
      throw new AppError('auth', `The vault file in ${dataDir} was replaced by another vault while Worktray had it open`);
    return stored.file;
  };
  return {
    cipherKind: cipher.kind,
    isStrong: cipher.isStrong,
    get(accountId) {
      const sealed = current().secrets[accountId];
      if (sealed === undefined) throw new AppError('auth', `No credentials are stored for account ${accountId}`);
      const opened = openEntry(key, sealed, entryAad(accountId));
      try {
        if (opened) return utf8.decode(opened);
      } catch {
        // falls through to the same refusal: never a secret that is not exactly what was stored
      }
      throw new AppError(
        'auth',
        `The stored credentials of account ${accountId} do not open as that account's (the vault was damaged or tampered with); they were not used — remove the account and add it again`,
      );
    },
    set(accountId, secret) {
      if (LONE_SURROGATE.test(secret))
        throw new AppError('validation', 'The secret is not valid text (broken UTF-16)', { field: 'secret' });
      const file = current();
      file.secrets[accountId] = sealEntry(key, Buffer.from(secret, 'utf8'), entryAad(accountId));
      writeVaultFile(dataDir, file);
    },
    remove(accountId) {
      const file = current();
      if (!(accountId in file.secrets)) return;
      delete file.secrets[accountId];
      writeVaultFile(dataDir, file);
    },
    has: (accountId) => accountId in current().secrets,
    addSlot: (other) => addSlot(dataDir, key, other),
  };
}

/** The new slot is proven to open the vault before it is written; the OS keyring keeps one slot, passphrases may have several. */
function addSlot(dataDir: string, key: Buffer, cipher: Cipher): boolean {
  const stored = readVaultFile(dataDir);
  if (stored.format !== 2 || !keyMatches(key, stored.file.check))
    throw new AppError('auth', `The vault file in ${dataDir} was replaced by another vault while Worktray had it open`);
  const file = stored.file;
  const same = file.slots.filter((slot) => slot.type === cipher.slotType);
  const opensAlready = same.some((slot) => {
    try {
      return keyMatches(cipher.unwrapKey(slot), file.check);
    } catch {
      return false;
    }
  });
  if (opensAlready) return false;
  const slot = cipher.wrapKey(key);
  if (!keyMatches(cipher.unwrapKey(slot), file.check))
    throw new AppError('auth', `The new ${cipher.kind} slot does not open the vault; nothing was changed`);
  const kept = cipher.slotType === 'safeStorage' ? file.slots.filter((s) => s.type !== 'safeStorage') : file.slots;
  writeVaultFile(dataDir, { ...file, slots: [...kept, slot] });
  return true;
}

/** Opens the vault with a passphrase (CLI and web host). */
export function openPassphraseVault(dataDir: string, passphrase: string): Vault {
  return openVault(dataDir, createPassphraseCipher(passphrase));
}

/** The passphrase unlock method; salt and scrypt parameters live in the vault's slot (kept for the hosts' callers). */
export function passphraseCipherFor(_dataDir: string, passphrase: string): Cipher {
  return createPassphraseCipher(passphrase);
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
    addSlot: (cipher) => get().addSlot(cipher),
  };
}
