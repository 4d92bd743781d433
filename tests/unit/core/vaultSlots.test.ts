import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionPool } from '../../../main/core/accounts/sessions.js';
import { createPassphraseCipher } from '../../../main/core/vault/passphraseCipher.js';
import { openVault } from '../../../main/core/vault/vault.js';
import { createSafeStorageCipher, type SafeStorageLike } from '../../../main/electron/safeStorageCipher.js';

/** The OS keyring of one user: XOR with a per-keyring byte, so another keyring cannot open its blobs. */
function fakeKeyring(mask = 0x5a): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    setUsePlainTextEncryption: () => undefined,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (plain) => Buffer.from(Buffer.from(`ok:${plain}`, 'utf8').map((b) => b ^ mask)),
    decryptString: (sealed) => {
      const plain = Buffer.from(sealed.map((b) => b ^ mask)).toString('utf8');
      if (!plain.startsWith('ok:')) throw new Error('Error while decrypting the ciphertext');
      return plain.slice(3);
    },
  };
}

const desktop = (mask?: number) => createSafeStorageCipher(fakeKeyring(mask), { platform: 'linux' });
const WORKSNAPS = 'tok_worksnaps_0123456789';
const WEBWORK = ' ww-token with spaces\t';

const newDir = () => mkdtempSync(join(tmpdir(), 'wt-slots-'));
const readFile = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')) as { slots: { type: string }[]; secrets: Record<string, string> };

describe('one vault for every host', () => {
  it('desktop first: a passphrase slot added by the app lets the CLI read the same secrets', () => {
    const dir = newDir();
    const app = openVault(dir, desktop());
    app.set('acc-ws', WORKSNAPS);
    app.set('acc-ww', WEBWORK);
    expect(() => openVault(dir, createPassphraseCipher('new horse'))).toThrow(/desktop app.*add a passphrase/);

    expect(app.addSlot(createPassphraseCipher('new horse'))).toBe(true);
    expect(readFile(dir).slots.map((slot) => slot.type)).toEqual(['safeStorage', 'passphrase']);
    const cli = openVault(dir, createPassphraseCipher('new horse'));
    expect(cli.get('acc-ws')).toBe(WORKSNAPS);
    expect(cli.get('acc-ww')).toBe(WEBWORK);
    // Either slot keeps working, and what one host adds the other reads.
    cli.set('acc-3', 'added from the cli');
    expect(openVault(dir, desktop()).get('acc-3')).toBe('added from the cli');
    expect(() => openVault(dir, createPassphraseCipher('other horse'))).toThrow(/wrong passphrase/);
  });

  it('passphrase first: the desktop adds its keyring slot and then opens the vault without the passphrase', () => {
    const dir = newDir();
    openVault(dir, createPassphraseCipher('cli horse')).set('acc-ws', WORKSNAPS);
    expect(() => openVault(dir, desktop())).toThrow(/passphrase.*WORKTRAY_PASSPHRASE/);

    const enrolling = createSafeStorageCipher(fakeKeyring(), { platform: 'linux', passphrase: 'cli horse' });
    expect(openVault(dir, enrolling).get('acc-ws')).toBe(WORKSNAPS);
    expect(readFile(dir).slots.map((slot) => slot.type)).toEqual(['passphrase', 'safeStorage']);
    expect(openVault(dir, desktop()).get('acc-ws')).toBe(WORKSNAPS);
    // Another user's keyring cannot open the slot.
    expect(() => openVault(dir, desktop(0x33))).toThrow(/could not be opened/);
  });

  it('adding a passphrase that already opens the vault adds no second slot', () => {
    const dir = newDir();
    const vault = openVault(dir, createPassphraseCipher('pw'));
    expect(vault.addSlot(createPassphraseCipher('pw'))).toBe(false);
    expect(vault.addSlot(createPassphraseCipher('second'))).toBe(true);
    expect(readFile(dir).slots).toHaveLength(2);
    expect(openVault(dir, createPassphraseCipher('second')).has('nothing')).toBe(false);
  });

  it('refuses two swapped entries, naming the account, instead of sending one account’s secret to another', () => {
    const dir = newDir();
    const vault = openVault(dir, desktop());
    vault.set('acc-ws', WORKSNAPS);
    vault.set('acc-ww', WEBWORK);
    const file = readFile(dir);
    const { 'acc-ws': ws, 'acc-ww': ww } = file.secrets;
    writeFileSync(join(dir, 'vault.json'), JSON.stringify({ ...file, secrets: { 'acc-ws': ww, 'acc-ww': ws } }));
    const reopened = openVault(dir, desktop());
    expect(() => reopened.get('acc-ws')).toThrow(/account acc-ws do not open/);
    expect(() => reopened.get('acc-ws')).toThrow(
      expect.objectContaining({ code: 'auth', message: expect.not.stringContaining(WEBWORK) }),
    );
    expect(() => reopened.get('acc-ww')).toThrow(/account acc-ww do not open/);
  });

  it('keeps a secret byte-exact, spaces and all, and the file private to the user', () => {
    const dir = newDir();
    const secret = '  pässwörd 🔑 \t ';
    openVault(dir, createPassphraseCipher('pw')).set('acc', secret);
    expect(openVault(dir, createPassphraseCipher('pw')).get('acc')).toBe(secret);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'vault.json')).mode & 0o777).toBe(0o600);
    expect(() => openVault(dir, createPassphraseCipher('pw')).set('bad', 'a\uD800b')).toThrow(/not valid text/);
  });
});

describe('a session never gets another account’s secret', () => {
  it('refuses swapped entries before connecting, naming the account as the user knows it', () => {
    const dir = newDir();
    const vault = openVault(dir, createPassphraseCipher('pw'));
    vault.set('acc-ws', WORKSNAPS);
    vault.set('acc-ww', WEBWORK);
    const file = readFile(dir);
    writeFileSync(
      join(dir, 'vault.json'),
      JSON.stringify({ ...file, secrets: { 'acc-ws': file.secrets['acc-ww'], 'acc-ww': file.secrets['acc-ws'] } }),
    );
    const pool = createSessionPool({
      vault,
      accounts: { mergeSettings: () => undefined } as never,
      now: () => new Date(),
      timeoutMs: 1000,
    });
    const webwork = {
      id: 'acc-ww',
      provider: 'webwork' as const,
      label: 'Remote team',
      baseUrl: 'https://api.webwork-tracker.com/api/v2',
      settings: {},
      createdAt: '2026-01-01T00:00:00Z',
    };
    expect(() => pool.get(webwork)).toThrow(/^Remote team \(WebWork Tracker\): The stored credentials of account acc-ww/);
    expect(() => pool.get(webwork)).toThrow(expect.objectContaining({ code: 'auth', provider: 'webwork' }));
  });
});
