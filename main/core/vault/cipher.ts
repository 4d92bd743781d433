/**
 * How the vault turns a secret into bytes at rest and back. Electron uses
 * safeStorage (main/electron); the CLI and web host use a passphrase cipher.
 */
export interface Cipher {
  /** Shown in settings and `accounts list --verbose`: 'safeStorage', 'safeStorage (basic_text)', 'passphrase'. */
  readonly kind: string;
  /** False when the backend is not really encrypting (Linux safeStorage on basic_text). */
  readonly isStrong: boolean;
  encrypt(plain: string): string;
  /** Throws an AppError('auth', …) when the bytes were tampered with or the key is wrong. */
  decrypt(sealed: string): string;
}
