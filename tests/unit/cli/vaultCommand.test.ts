import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addPassphraseSlot } from '../../../main/core/vault/addPassphrase.js';
import { openPassphraseVault, openVault } from '../../../main/core/vault/vault.js';
import { createSafeStorageCipher } from '../../../main/electron/safeStorageCipher.js';
import { runCli } from '../../helpers/cli.js';

const newDir = () => mkdtempSync(join(tmpdir(), 'wt-vaultcmd-'));
const vaultText = (dir: string) => readFileSync(join(dir, 'vault.json'), 'utf8');
const addPassphrase = (dir: string, passphrase: string) =>
  runCli(['--data-dir', dir, '--json', 'vault', 'add-passphrase'], { env: { WORKTRAY_PASSPHRASE: passphrase } });

describe('worktray vault add-passphrase', () => {
  it('makes a new vault with the passphrase, which `accounts add` then uses', async () => {
    const dir = newDir();
    const added = await addPassphrase(dir, 'first pass');
    expect(added.code, added.stderr).toBe(0);
    expect(added.json()).toEqual({ added: true });
    const account = await runCli(['--data-dir', dir, '--json', 'accounts', 'add', 'webwork', '--label', 'W', '--no-verify'], {
      stdin: 'tok-1\n',
      env: { WORKTRAY_PASSPHRASE: 'first pass' },
    });
    expect(account.code, account.stderr).toBe(0);
    expect(openPassphraseVault(dir, 'first pass').get((account.json() as { id: string }).id)).toBe('tok-1');
  });

  it('changes nothing when the passphrase already opens the vault', async () => {
    const dir = newDir();
    openPassphraseVault(dir, 'pw').set('acc', 'tok');
    const before = vaultText(dir);
    const result = await addPassphrase(dir, 'pw');
    expect(result.json()).toEqual({ added: false });
    expect(vaultText(dir)).toBe(before);
  });

  it('refuses a vault only the desktop app can open, saying where to add the passphrase', async () => {
    const dir = newDir();
    const keyring = {
      isEncryptionAvailable: () => true,
      setUsePlainTextEncryption: () => undefined,
      getSelectedStorageBackend: () => 'gnome_libsecret' as const,
      encryptString: (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8'),
    };
    openVault(dir, createSafeStorageCipher(keyring, { platform: 'linux' })).set('acc', 'tok');
    const before = vaultText(dir);
    const result = await addPassphrase(dir, 'pw');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({
      error: { code: 'auth', message: expect.stringMatching(/desktop app \(Accounts → Passphrase for the command line\)/) },
    });
    expect(vaultText(dir)).toBe(before);
  });

  it('without a terminal, a passphrase that does not open the vault is refused with how to add it', async () => {
    const dir = newDir();
    openPassphraseVault(dir, 'pw').set('acc', 'tok');
    const result = await addPassphrase(dir, 'another');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/on a terminal to be asked for the current one/);
  });

  it('adds a second passphrase once the current one opens the vault; a wrong current one changes nothing', async () => {
    const dir = newDir();
    openPassphraseVault(dir, 'current').set('acc', 'tok');
    const before = vaultText(dir);
    await expect(addPassphraseSlot(dir, 'second', async () => 'not it')).rejects.toThrow(/wrong passphrase/);
    expect(vaultText(dir)).toBe(before);
    await expect(addPassphraseSlot(dir, 'second', async () => 'current')).resolves.toEqual({ added: true });
    expect(openPassphraseVault(dir, 'second').get('acc')).toBe('tok');
    expect(openPassphraseVault(dir, 'current').get('acc')).toBe('tok');
  });
});
