import { z } from 'zod';

/*
 * An unlock method of the vault. The vault's secrets are sealed with one random
 * data key; each unlock method keeps that key wrapped in its own slot (as LUKS
 * does), so the desktop app (safeStorage) and the CLI or web host (passphrase)
 * open the same vault.
 */

export const SafeStorageSlotSchema = z.object({ type: z.literal('safeStorage'), wrapped: z.string().min(1) }).strict();

export const PassphraseSlotSchema = z
  .object({
    type: z.literal('passphrase'),
    kdf: z.literal('scrypt'),
    salt: z.string().min(1),
    // Bounded so a tampered file cannot make scrypt eat the machine.
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 18),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    iv: z.string().min(1),
    tag: z.string().min(1),
    wrapped: z.string().min(1),
  })
  .strict();

export const KeySlotSchema = z.discriminatedUnion('type', [SafeStorageSlotSchema, PassphraseSlotSchema]);
export type KeySlot = z.infer<typeof KeySlotSchema>;
export type SlotType = KeySlot['type'];

export interface Cipher {
  /** Shown in settings and `accounts list --verbose`: 'safeStorage', 'safeStorage (basic_text)', 'passphrase'. */
  readonly kind: string;
  /** Which slots of the vault this method can open. */
  readonly slotType: SlotType;
  /** False when the backend is not really encrypting (Linux safeStorage on basic_text). */
  readonly isStrong: boolean;
  /** Wraps the vault's data key into a new slot of this method. */
  wrapKey(key: Buffer): KeySlot;
  /** The data key from a slot of this method; throws AppError('auth', …) on a wrong passphrase, key or tampered slot. */
  unwrapKey(slot: KeySlot): Buffer;
  /**
   * Does the slow part of unwrapKey for these slots ahead of time, off the main thread (a
   * passphrase's scrypt), so a long-lived host's first unlock does not stall every window.
   */
  prepare?(slots: readonly KeySlot[]): Promise<void>;
  /**
   * Opens one entry of a format-1 vault (every secret sealed by the method
   * itself, before the data key existed); only the migration uses it.
   */
  openLegacy(sealed: string, legacy: { kdfSalt?: string }): string;
  /** Another method that may open a vault with no slot for this one (which the vault then adds). */
  readonly enrollWith?: Cipher;
}
