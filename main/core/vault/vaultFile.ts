import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../files.js';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors.js';
import { KeySlotSchema } from './cipher.js';

/** `vault.json` as written since the data key (format 2). */
export const VaultFileSchema = z
  .object({
    format: z.literal(2),
    slots: z.array(KeySlotSchema).min(1),
    /** A known text sealed with the data key: proves an unwrapped key right before anything is written. */
    check: z.string().min(1),
    secrets: z.record(z.string(), z.string()),
  })
  .strict();
export type VaultFile = z.infer<typeof VaultFileSchema>;

/** `vault.json` before the data key: every secret sealed by the host's cipher itself. */
export const LegacyVaultFileSchema = z.object({
  kdfSalt: z.string().optional(),
  check: z.string().optional(),
  cipherKind: z.string().optional(),
  secrets: z.record(z.string(), z.string()).default({}),
});
export type LegacyVaultFile = z.infer<typeof LegacyVaultFileSchema>;

export type StoredVault = { format: 2; file: VaultFile } | { format: 1; file: LegacyVaultFile } | { format: 0 };

export const vaultPath = (dataDir: string): string => join(dataDir, 'vault.json');

const unreadable = (dataDir: string, why: string): AppError =>
  new AppError('auth', `The vault file in ${dataDir} is not readable (damaged or tampered with): ${why}`);

/** Reads the vault file as it is on disk now (another process may have added an account). */
export function readVaultFile(dataDir: string): StoredVault {
  const path = vaultPath(dataDir);
  if (!existsSync(path)) return { format: 0 };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw unreadable(dataDir, (error as Error).message);
  }
  if (typeof raw === 'object' && raw !== null && 'format' in raw) {
    const parsed = VaultFileSchema.safeParse(raw);
    if (!parsed.success) throw unreadable(dataDir, parsed.error.issues[0]?.message ?? 'unexpected content');
    return { format: 2, file: parsed.data };
  }
  const parsed = LegacyVaultFileSchema.safeParse(raw);
  if (!parsed.success) throw unreadable(dataDir, parsed.error.issues[0]?.message ?? 'unexpected content');
  return { format: 1, file: parsed.data };
}

/** Whole-file replace through a temporary file, so a crash never leaves half a vault; private to the user. */
export function writeVaultFile(dataDir: string, file: VaultFile): void {
  ensurePrivateDir(dataDir);
  const path = vaultPath(dataDir);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(file, null, '\t')}\n`, { mode: PRIVATE_FILE_MODE });
  renameSync(temp, path);
}
