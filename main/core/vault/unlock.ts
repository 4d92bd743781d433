import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { Cipher, SlotType } from './cipher.js';
import { openEntry, sealEntry } from './seal.js';
import { readVaultFile, writeVaultFile, type LegacyVaultFile, type VaultFile } from './vaultFile.js';

const CHECK_TEXT = 'worktray-vault';
const CHECK_AAD = 'worktray-vault-check';

/** The associated data of an entry: a secret sealed for one account never opens as another's. */
export const entryAad = (accountId: string): string => `account:${accountId}`;

export const checkRecord = (key: Buffer): string => sealEntry(key, Buffer.from(CHECK_TEXT, 'utf8'), CHECK_AAD);

export function keyMatches(key: Buffer, check: string): boolean {
  return openEntry(key, check, CHECK_AAD)?.toString('utf8') === CHECK_TEXT;
}

const HOSTS: Record<SlotType, string> = {
  safeStorage: 'the desktop app (OS keyring)',
  passphrase: 'a passphrase (the CLI or web host)',
};

/** The vault has no slot for this unlock method (it was made elsewhere and not shared yet). */
export class NoSlotError extends AppError {}

function noSlotError(dataDir: string, wanted: SlotType): AppError {
  const how =
    wanted === 'passphrase'
      ? 'add a passphrase in the desktop app (Accounts → Passphrase for the command line), then use it here'
      : 'start the desktop app once with WORKTRAY_PASSPHRASE set to that passphrase, which adds the OS keyring to the vault';
  return new NoSlotError(
    'auth',
    `The vault in ${dataDir} can only be opened by ${HOSTS[wanted === 'passphrase' ? 'safeStorage' : 'passphrase']}: ${how}`,
    { field: 'passphrase' },
  );
}

const wrongKey = (dataDir: string): AppError =>
  new AppError('auth', `The vault in ${dataDir} could not be opened: wrong passphrase or key, or the file was tampered with`, {
    field: 'passphrase',
  });

/** Opens the vault file with one unlock method and returns its data key; creates or upgrades the file as needed. */
export function unlockVault(dataDir: string, cipher: Cipher): Buffer {
  const stored = readVaultFile(dataDir);
  if (stored.format === 0) return createVault(dataDir, cipher, new Map());
  if (stored.format === 1) return migrateLegacy(dataDir, cipher, stored.file);
  return unlockSlots(dataDir, cipher, stored.file);
}

/** Derives this method's slot keys ahead of the first unlock, off the main thread where the method can (see Cipher.prepare). */
export async function prepareUnlock(dataDir: string, cipher: Cipher): Promise<void> {
  if (!cipher.prepare) return;
  const stored = readVaultFile(dataDir);
  if (stored.format !== 2) return;
  await cipher.prepare(stored.file.slots.filter((slot) => slot.type === cipher.slotType));
}

/** The data key from the first slot of this method whose key also opens the check record. */
export function unlockSlots(dataDir: string, cipher: Cipher, file: VaultFile): Buffer {
  const mine = file.slots.filter((slot) => slot.type === cipher.slotType);
  if (mine.length === 0) throw noSlotError(dataDir, cipher.slotType);
  for (const slot of mine) {
    let key: Buffer;
    try {
      key = cipher.unwrapKey(slot);
    } catch (error) {
      // The keyring being unavailable or refused is its own answer, not a wrong key.
      if (error instanceof AppError && error.code !== 'auth') throw error;
      continue;
    }
    if (keyMatches(key, file.check)) return key;
  }
  throw wrongKey(dataDir);
}

/** A new data key; the check record goes in with it, so it is right by construction. */
function createVault(dataDir: string, cipher: Cipher, plain: Map<string, Buffer>): Buffer {
  const key = randomBytes(32);
  const secrets: Record<string, string> = {};
  for (const [id, secret] of plain) secrets[id] = sealEntry(key, secret, entryAad(id));
  writeVaultFile(dataDir, { format: 2, slots: [cipher.wrapKey(key)], check: checkRecord(key), secrets });
  return key;
}

/**
 * Format 1 sealed each secret with the host's cipher. Every entry (and the old
 * check, when there is one) must open before anything is written: a wrong
 * passphrase can never re-seal the vault under a wrong key.
 */
function migrateLegacy(dataDir: string, cipher: Cipher, legacy: LegacyVaultFile): Buffer {
  const entries = Object.entries(legacy.secrets);
  if (legacy.check === undefined && entries.length === 0) return createVault(dataDir, cipher, new Map());
  const sealedBy = legacy.cipherKind?.split(' ')[0];
  if (sealedBy && sealedBy !== cipher.slotType) throw noSlotError(dataDir, cipher.slotType);
  const open = (sealed: string): string | null => {
    try {
      return cipher.openLegacy(sealed, legacy);
    } catch (error) {
      if (error instanceof AppError && error.code !== 'auth') throw error;
      return null;
    }
  };
  if (legacy.check !== undefined && open(legacy.check) !== CHECK_TEXT) throw wrongKey(dataDir);
  const plain = new Map<string, Buffer>();
  for (const [id, sealed] of entries) {
    const secret = open(sealed);
    if (secret === null && legacy.check !== undefined)
      throw new AppError(
        'auth',
        `The vault in ${dataDir} opens, but the entry of account ${id} is damaged; nothing was changed (remove that account from vault.json to upgrade the rest)`,
      );
    if (secret === null) throw wrongKey(dataDir);
    plain.set(id, Buffer.from(secret, 'utf8'));
  }
  return createVault(dataDir, cipher, plain);
}
