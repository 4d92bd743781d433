import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Handlers, type Settings } from '../../../shared/contract.js';
import { createSafeStorageCipher, PLAIN_TEXT_WARNING, type SafeStorageLike } from '../../../main/electron/safeStorageCipher.js';
import { decorateHandlers, ensureSecretsMayBeStored } from '../../../main/electron/hostHandlers.js';
import type { ShortcutStatus } from '../../../main/electron/shortcut.js';

function fakeSafeStorage(backend: ReturnType<SafeStorageLike['getSelectedStorageBackend']>, available = true) {
  const state = { available, plainTextEnabled: false };
  return {
    state,
    // Like Electron 39+ on Linux: basic_text counts as available only after setUsePlainTextEncryption(true).
    isEncryptionAvailable: () => state.available || (backend === 'basic_text' && state.plainTextEnabled),
    setUsePlainTextEncryption: (on: boolean) => void (state.plainTextEnabled = on),
    getSelectedStorageBackend: () => backend,
    // A reversible stand-in for the OS: XOR, so the sealed form differs from the plain text.
    encryptString: (plain: string) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
    decryptString: (sealed: Buffer) => {
      if (sealed.length === 0) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(sealed.map((b) => b ^ 0x5a)).toString('utf8');
    },
  };
}

const settingsWith = (allow: boolean): Settings => ({
  ...DEFAULT_SETTINGS,
  theme: 'system',
  quickAddShortcut: 'CommandOrControl+Shift+Space',
  lastAccountId: null,
  lastProjectRemoteId: null,
  startAtLogin: false,
  allowPlainTextSecrets: allow,
});

function fakeHandlers(allow: boolean) {
  let settings = settingsWith(allow);
  const add = vi.fn(async () => ({ id: 'acc-1' }));
  const set = vi.fn(async (patch: Partial<Settings>) => (settings = { ...settings, ...patch }));
  // The main side's own writer of the consent (the settings file, not settings:set).
  const grantPlainText = vi.fn(() => (settings = { ...settings, allowPlainTextSecrets: true }));
  const addPassphrase = vi.fn(async () => ({ added: true as const }));
  const handlers = {
    'accounts:add': add,
    'settings:get': async () => settings,
    'settings:set': set,
    'vault:addPassphrase': addPassphrase,
    'app:info': async () => ({ version: '1', host: 'electron', dataDir: '/d' }),
  } as unknown as Handlers;
  return { handlers, add, set, grantPlainText, addPassphrase };
}

const shortcut: ShortcutStatus = {
  accelerator: 'Ctrl+Shift+Space',
  registered: true,
  message: null,
  fallbackCommand: 'worktray quick-add',
};
const newAccount = { provider: 'webwork', label: 'Work', secret: 'tok-123456' } as Parameters<Handlers['accounts:add']>[0];

describe('safeStorage cipher', () => {
  it('is strong with a keyring and round-trips the vault key without keeping it in plain text', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('gnome_libsecret'), { platform: 'linux' });
    expect(cipher).toMatchObject({ kind: 'safeStorage', isStrong: true });
    const key = randomBytes(32);
    const slot = cipher.wrapKey(key);
    expect(JSON.stringify(slot)).not.toContain(key.toString('base64'));
    expect(cipher.unwrapKey(slot).equals(key)).toBe(true);
  });

  it('reports itself weak on Linux basic_text, and only there', () => {
    expect(createSafeStorageCipher(fakeSafeStorage('basic_text'), { platform: 'linux' })).toMatchObject({
      kind: 'safeStorage (basic_text)',
      isStrong: false,
    });
    expect(createSafeStorageCipher(fakeSafeStorage('basic_text'), { platform: 'darwin' }).isStrong).toBe(true);
  });

  it('turns an undecryptable or wrong-sized key into an auth error, never a key', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('kwallet5'), { platform: 'linux' });
    expect(() => cipher.unwrapKey({ type: 'safeStorage', wrapped: 'AAAA' })).toThrow(expect.objectContaining({ code: 'auth' }));
  });

  it('refuses to encrypt when the OS offers no encryption at all', () => {
    const cipher = createSafeStorageCipher(fakeSafeStorage('unknown', false), { platform: 'linux' });
    expect(() => cipher.wrapKey(randomBytes(32))).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it('uses basic_text only after the user allowed it, and says why before that', () => {
    let allowed = false;
    const storage = fakeSafeStorage('basic_text', false);
    const cipher = createSafeStorageCipher(storage, { platform: 'linux', allowPlainText: () => allowed });
    expect(() => cipher.wrapKey(randomBytes(32))).toThrow(
      expect.objectContaining({ code: 'forbidden', field: 'allowPlainTextSecrets' }),
    );
    expect(storage.state.plainTextEnabled).toBe(false);
    allowed = true;
    const key = randomBytes(32);
    expect(cipher.unwrapKey(cipher.wrapKey(key)).equals(key)).toBe(true);
    expect(storage.state.plainTextEnabled).toBe(true);
  });
});

describe('the basic_text warning path', () => {
  const weak = { kind: 'safeStorage (basic_text)', isStrong: false };

  it('asks before storing a secret without a keyring, and remembers a yes', async () => {
    const { handlers, add, set, grantPlainText } = fakeHandlers(false);
    const confirmPlainText = vi.fn(async () => true);
    const onSettings = vi.fn();
    const decorated = decorateHandlers(handlers, {
      cipher: weak,
      confirmPlainText,
      grantPlainText,
      onSettings,
      shortcut: () => shortcut,
    });
    await decorated['accounts:add'](newAccount);
    expect(confirmPlainText).toHaveBeenCalledOnce();
    expect(grantPlainText).toHaveBeenCalledOnce();
    expect(set).not.toHaveBeenCalled();
    // The shell hears of the consent before the secret is sealed, so the cipher may use basic_text.
    expect(onSettings).toHaveBeenCalledWith(expect.objectContaining({ allowPlainTextSecrets: true }));
    expect(onSettings.mock.invocationCallOrder[0]).toBeLessThan(add.mock.invocationCallOrder[0]!);
    expect(add).toHaveBeenCalledOnce();
    await decorated['accounts:add'](newAccount);
    expect(confirmPlainText).toHaveBeenCalledOnce();
  });

  it('refuses the account with a plain explanation when the answer is no', async () => {
    const { handlers, add, grantPlainText, addPassphrase } = fakeHandlers(false);
    const decorated = decorateHandlers(handlers, {
      cipher: weak,
      confirmPlainText: async () => false,
      grantPlainText,
      onSettings: vi.fn(),
      shortcut: () => shortcut,
    });
    const refusal = decorated['accounts:add'](newAccount);
    await expect(refusal).rejects.toMatchObject({ code: 'forbidden', field: 'allowPlainTextSecrets' });
    await expect(refusal).rejects.toThrow(/No OS keyring/);
    expect(add).not.toHaveBeenCalled();
    // Adding a passphrase may create the vault, so it asks the same question.
    await expect(decorated['vault:addPassphrase']({ passphrase: 'pw' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(addPassphrase).not.toHaveBeenCalled();
    expect(grantPlainText).not.toHaveBeenCalled();
  });

  it('does not ask when the user already allowed it, nor when a keyring is there', async () => {
    const confirmPlainText = vi.fn(async () => false);
    const rest = { grantPlainText: vi.fn(), onSettings: vi.fn() };
    await ensureSecretsMayBeStored(fakeHandlers(true).handlers, { cipher: weak, confirmPlainText, ...rest });
    await ensureSecretsMayBeStored(fakeHandlers(false).handlers, {
      cipher: { kind: 'safeStorage', isStrong: true },
      confirmPlainText,
      ...rest,
    });
    expect(confirmPlainText).not.toHaveBeenCalled();
  });

  it('tells the settings screen about the missing keyring and the shortcut through app:info', async () => {
    const { handlers } = fakeHandlers(false);
    const failedShortcut: ShortcutStatus = { ...shortcut, registered: false, message: 'could not' };
    const decorated = decorateHandlers(handlers, {
      cipher: weak,
      confirmPlainText: async () => false,
      grantPlainText: vi.fn(),
      onSettings: vi.fn(),
      shortcut: () => failedShortcut,
    });
    const info = (await decorated['app:info']({})) as unknown as Record<string, unknown>;
    expect(info).toMatchObject({
      version: '1',
      shell: {
        shortcut: failedShortcut,
        secrets: { kind: 'safeStorage (basic_text)', isStrong: false, warning: PLAIN_TEXT_WARNING },
      },
    });
  });

  it('passes saved settings to the shell after settings:set', async () => {
    const { handlers } = fakeHandlers(false);
    const onSettings = vi.fn();
    const decorated = decorateHandlers(handlers, {
      cipher: weak,
      confirmPlainText: async () => false,
      grantPlainText: vi.fn(),
      onSettings,
      shortcut: () => shortcut,
    });
    await decorated['settings:set']({ quickAddShortcut: 'Alt+Space' });
    expect(onSettings).toHaveBeenCalledWith(expect.objectContaining({ quickAddShortcut: 'Alt+Space' }));
  });
});
