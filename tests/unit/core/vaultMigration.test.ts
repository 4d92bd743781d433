import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCipher } from '../../../main/core/vault/passphraseCipher.js';
import { openPassphraseVault, openVault } from '../../../main/core/vault/vault.js';
import { createSafeStorageCipher, type SafeStorageLike } from '../../../main/electron/safeStorageCipher.js';

/** Written by the format-1 code (fbe2bd0's vault.ts) with the passphrase 'old horse'. */
const FIXTURE = join(import.meta.dirname, 'fixtures', 'vault-format1-passphrase.json');
const SECRETS = { 'acc-ws': 'tok_worksnaps_0123456789', 'acc-ww': '  pässwörd with spaces  ' };

const keyring: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  setUsePlainTextEncryption: () => undefined,
  getSelectedStorageBackend: () => 'kwallet5',
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8'),
};

function oldVault(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wt-migrate-'));
  copyFileSync(FIXTURE, join(dir, 'vault.json'));
  return dir;
}
const raw = (dir: string) => readFileSync(join(dir, 'vault.json'), 'utf8');

describe('vault migration from format 1', () => {
  it('opens an old passphrase vault with its secrets intact and rewrites it with a data key', () => {
    const dir = oldVault();
    const vault = openPassphraseVault(dir, 'old horse');
    expect(vault.get('acc-ws')).toBe(SECRETS['acc-ws']);
    expect(vault.get('acc-ww')).toBe(SECRETS['acc-ww']);
    const file = JSON.parse(raw(dir)) as { format: number; slots: { type: string }[]; kdfSalt?: string };
    expect(file).toMatchObject({ format: 2, slots: [{ type: 'passphrase' }] });
    expect(file.kdfSalt).toBeUndefined();
    expect(raw(dir)).not.toContain('v1:');
    expect(openPassphraseVault(dir, 'old horse').get('acc-ww')).toBe(SECRETS['acc-ww']);
  });

  it('a wrong passphrase leaves the old vault untouched', () => {
    const dir = oldVault();
    const before = raw(dir);
    expect(() => openPassphraseVault(dir, 'wrong horse')).toThrow(/wrong passphrase/);
    expect(raw(dir)).toBe(before);
  });

  it('without its check record, a wrong passphrase still cannot re-seal it, and the right one then opens it', () => {
    const dir = oldVault();
    const { check: _check, cipherKind: _kind, ...noCheck } = JSON.parse(raw(dir)) as Record<string, unknown>;
    writeFileSync(join(dir, 'vault.json'), JSON.stringify(noCheck));
    const before = raw(dir);
    expect(() => openPassphraseVault(dir, 'wrong horse')).toThrow(/wrong passphrase/);
    expect(raw(dir)).toBe(before);
    expect(openPassphraseVault(dir, 'old horse').get('acc-ws')).toBe(SECRETS['acc-ws']);
  });

  it('a damaged old entry is named, and the vault is left as it was', () => {
    const dir = oldVault();
    const old = JSON.parse(raw(dir)) as { secrets: Record<string, string> };
    const sealed = old.secrets['acc-ww']!;
    old.secrets['acc-ww'] = `${sealed.slice(0, -4)}${sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    writeFileSync(join(dir, 'vault.json'), JSON.stringify(old));
    const before = raw(dir);
    expect(() => openPassphraseVault(dir, 'old horse')).toThrow(/entry of account acc-ww is damaged; nothing was changed/);
    expect(raw(dir)).toBe(before);
  });

  it('an old desktop vault migrates under safeStorage and the CLI is told how to share it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-migrate-'));
    const seal = (text: string) => keyring.encryptString(text).toString('base64');
    writeFileSync(
      join(dir, 'vault.json'),
      JSON.stringify({
        secrets: { 'acc-ws': seal(SECRETS['acc-ws']) },
        check: seal('worktray-vault'),
        cipherKind: 'safeStorage',
      }),
    );
    expect(() => openVault(dir, createPassphraseCipher('pw'))).toThrow(/desktop app/);
    const desktop = openVault(dir, createSafeStorageCipher(keyring, { platform: 'linux' }));
    expect(desktop.get('acc-ws')).toBe(SECRETS['acc-ws']);
    expect(JSON.parse(raw(dir))).toMatchObject({ format: 2, slots: [{ type: 'safeStorage' }] });
  });
});
