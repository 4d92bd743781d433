import { createDecipheriv, randomBytes, scrypt, scryptSync, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';
import { AppError } from '../../../shared/errors.js';
import type { Cipher, KeySlot } from './cipher.js';
import { openBytes, sealBytes } from './seal.js';

const PARAMS = { N: 1 << 15, r: 8, p: 1 };
const WRAP_AAD = 'worktray-vault-key';

type ScryptParams = { N: number; r: number; p: number };

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
) => Promise<Buffer>;
const scryptOptions = (params: ScryptParams): ScryptOptions => ({
  ...params,
  maxmem: 128 * params.N * params.r * params.p + 16 * 1024 * 1024,
});
const kekId = (salt: string, params: ScryptParams): string => `${salt}:${params.N}:${params.r}:${params.p}`;

/**
 * The CLI's and the web host's unlock method: scrypt turns the passphrase
 * into a key that wraps the vault's data key with AES-256-GCM. Salt and
 * scrypt parameters are stored in the slot; GCM's tag makes a wrong
 * passphrase fail loudly instead of yielding a wrong key.
 */
export function createPassphraseCipher(passphrase: string): Cipher {
  if (passphrase.length === 0) throw new AppError('validation', 'The vault passphrase is empty', { field: 'passphrase' });
  const text = passphrase.normalize('NFC');
  // Keys derived by prepare() (in libuv's pool) or by a first unlock, per salt and parameters.
  const keks = new Map<string, Buffer>();
  const derive = (salt: string, params: ScryptParams): Buffer => {
    const id = kekId(salt, params);
    let kek = keks.get(id);
    if (!kek) {
      kek = scryptSync(text, Buffer.from(salt, 'base64'), 32, scryptOptions(params));
      keks.set(id, kek);
    }
    return kek;
  };
  return {
    kind: 'passphrase',
    slotType: 'passphrase',
    isStrong: true,
    wrapKey(key) {
      const salt = randomBytes(16).toString('base64');
      const { iv, tag, body } = sealBytes(derive(salt, PARAMS), key, WRAP_AAD);
      return { type: 'passphrase', kdf: 'scrypt', salt, ...PARAMS, iv, tag, wrapped: body };
    },
    unwrapKey(slot: KeySlot) {
      if (slot.type !== 'passphrase') throw new AppError('auth', 'This vault slot is not a passphrase slot');
      const kek = derive(slot.salt, slot);
      const key = openBytes(kek, { iv: slot.iv, tag: slot.tag, body: slot.wrapped }, WRAP_AAD);
      if (!key || key.length !== 32) throw new AppError('auth', 'Wrong vault passphrase', { field: 'passphrase' });
      return key;
    },
    async prepare(slots) {
      for (const slot of slots) {
        if (slot.type !== 'passphrase' || keks.has(kekId(slot.salt, slot))) continue;
        keks.set(kekId(slot.salt, slot), await scryptAsync(text, Buffer.from(slot.salt, 'base64'), 32, scryptOptions(slot)));
      }
    },
    openLegacy(sealed, legacy) {
      if (!legacy.kdfSalt) throw new AppError('auth', 'This vault was not sealed with a passphrase', { field: 'passphrase' });
      return openLegacyEntry(derive(legacy.kdfSalt, PARAMS), sealed);
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
