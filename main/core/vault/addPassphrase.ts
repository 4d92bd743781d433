import { AppError } from '../../../shared/errors.js';
import { createPassphraseCipher } from './passphraseCipher.js';
import { NoSlotError } from './unlock.js';
import { openVault } from './vault.js';
import { readVaultFile } from './vaultFile.js';

/**
 * `worktray vault add-passphrase` outside Electron, where only passphrases
 * open the vault: a new vault is made with it; a vault it opens already is
 * left alone; otherwise the current passphrase (asked) opens the vault and the
 * new one gets its own slot. A vault only the desktop app opens is refused
 * with the way to do it there.
 */
export async function addPassphraseSlot(
  dataDir: string,
  passphrase: string,
  askCurrent: () => Promise<string>,
): Promise<{ added: boolean }> {
  const fresh = createPassphraseCipher(passphrase);
  const isNew = readVaultFile(dataDir).format === 0;
  try {
    openVault(dataDir, fresh);
    return { added: isNew };
  } catch (error) {
    if (error instanceof NoSlotError || !(error instanceof AppError) || error.code !== 'auth') throw error;
  }
  const current = await askCurrent();
  return { added: openVault(dataDir, createPassphraseCipher(current)).addSlot(fresh) };
}
