import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM, the one cipher of the vault: the data key seals entries, a passphrase key seals the data key. */

export interface Sealed {
  iv: string;
  tag: string;
  body: string;
}

const PREFIX = 'v2';

export function sealBytes(key: Buffer, plain: Buffer, aad: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), body: body.toString('base64') };
}

/** The plain bytes, or null when the key, the associated data or a byte is wrong (GCM's tag says which never). */
export function openBytes(key: Buffer, sealed: Sealed, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.body, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** One entry as a string at rest: `v2:iv:tag:body`. */
export function sealEntry(key: Buffer, plain: Buffer, aad: string): string {
  const { iv, tag, body } = sealBytes(key, plain, aad);
  return [PREFIX, iv, tag, body].join(':');
}

export function openEntry(key: Buffer, entry: string, aad: string): Buffer | null {
  const [prefix, iv, tag, body, extra] = entry.split(':');
  if (prefix !== PREFIX || !iv || !tag || body === undefined || extra !== undefined) return null;
  return openBytes(key, { iv, tag, body }, aad);
}
