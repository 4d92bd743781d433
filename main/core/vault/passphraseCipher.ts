import { createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { Cipher, KeySlot } from './cipher.js';
import { openBytes, sealBytes } from './seal.js';

const PARAMS = { N: 1 << 15, r: 8, p: 1 };
const WRAP_AAD = 'worktray-vault-key';

function derive(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  const maxmem = 128 * params.N * params.r * params.p + 16 * 1024 * 1024;
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem });
}

/**
 * The CLI's and the web host's unlock method: scrypt turns the passphrase
 * into a key that wraps the vault's data key with AES-256-GCM. Salt and
 * scrypt parameters are stored in the slot; GCM's tag makes a wrong
 * passphrase fail loudly instead of yielding a wrong key.
 */
export function createPassphraseCipher(passphrase: string): Cipher {
  if (passphrase.length === 0) throw new AppError('validation', 'The vault passphrase is empty', { field: 'passphrase' });
  const legacyKeys = new Map<string, Buffer>();
  return {
    kind: 'passphrase',
    slotType: 'passphrase',
    isStrong: true,
    wrapKey(key) {
      const salt = randomBytes(16);
      const { iv, tag, body } = sealBytes(derive(passphrase, salt, PARAMS), key, WRAP_AAD);
      return { type: 'passphrase', kdf: 'scrypt', salt: salt.toString('base64'), ...PARAMS, iv, tag, wrapped: body };
    },
    unwrapKey(slot: KeySlot) {
      if (slot.type !== 'passphrase') throw new AppError('auth', 'This vault slot is not a passphrase slot');
      const kek = derive(passphrase, Buffer.from(slot.salt, 'base64'), slot);
      const key = openBytes(kek, { iv: slot.iv, tag: slot.tag, body: slot.wrapped }, WRAP_AAD);
      if (!key || key.length !== 32) throw new AppError('auth', 'Wrong vault passphrase', { field: 'passphrase' });
      return key;
    },
    openLegacy(sealed, legacy) {
      if (!legacy.kdfSalt) throw new AppError('auth', 'This vault was not sealed with a passphrase', { field: 'passphrase' });
      let key = legacyKeys.get(legacy.kdfSalt);
      if (!key) {
        key = derive(passphrase, Buffer.from(legacy.kdfSalt, 'base64'), PARAMS);
        legacyKeys.set(legacy.kdfSalt, key);
      }
      return openLegacyEntry(key, sealed);
    },
  };
}

/** Format 1 (`v1:iv:tag:body`, no associated data): read once by the migration, never written. */
function openLegacyEntry(key: Buffer, sealed: string): string {
  const [prefix, iv, tag, body] = sealed.split(':');
  try {
    if (prefix !== 'v1' || !iv || !tag || body === undefined) throw new Error('format');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('auth', 'Wrong vault passphrase, or the vault was tampered with', { field: 'passphrase' });
  }
}
