import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { Cipher } from './cipher.js';

const PREFIX = 'v1';
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/**
 * AES-256-GCM with a key derived by scrypt from the user's passphrase: the
 * CLI's and the web host's cipher. GCM's tag makes a wrong key or a changed
 * byte fail loudly instead of decrypting to garbage.
 */
export function createPassphraseCipher(passphrase: string, salt: Buffer): Cipher {
  if (passphrase.length === 0) throw new AppError('validation', 'The vault passphrase is empty', { field: 'passphrase' });
  const key = scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
  return {
    kind: 'passphrase',
    isStrong: true,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [PREFIX, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
    },
    decrypt(sealed) {
      const [prefix, iv, tag, body] = sealed.split(':');
      if (prefix !== PREFIX || !iv || !tag || body === undefined) {
        throw new AppError('auth', 'A vault entry is not in a format this Worktray can read (damaged or tampered with)');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
        decipher.setAuthTag(Buffer.from(tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
      } catch {
        throw new AppError('auth', 'A vault entry could not be decrypted: wrong passphrase, or the vault was tampered with');
      }
    },
  };
}

export function newSalt(): Buffer {
  return randomBytes(16);
}
