import type { Handlers, Settings } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import type { Cipher } from '../core/vault/cipher.js';
import { PLAIN_TEXT_WARNING } from './safeStorageCipher.js';
import type { ShortcutStatus } from './shortcut.js';

/** What only the Electron host knows, added to `app:info` for the settings screen. */
export interface ShellInfo {
  shortcut: ShortcutStatus;
  secrets: { kind: string; isStrong: boolean; warning: string | null };
}

export interface HostHandlerOptions {
  cipher: Pick<Cipher, 'kind' | 'isStrong'>;
  /** Asks the user (a native dialog) whether to store a secret without a keyring. */
  confirmPlainText(): Promise<boolean>;
  /**
   * Saves the user's yes to that dialog (settings allowPlainTextSecrets) and
   * returns the settings. The main side's only way to set it: `settings:set`
   * refuses the field, so a renderer cannot skip the dialog.
   */
  grantPlainText(): Settings;
  /** Called with the saved settings after every change: re-register the shortcut, the login item. */
  onSettings(settings: Settings): void;
  shortcut(): ShortcutStatus;
}

export function shellInfo(options: Pick<HostHandlerOptions, 'cipher' | 'shortcut'>): ShellInfo {
  const { kind, isStrong } = options.cipher;
  return { shortcut: options.shortcut(), secrets: { kind, isStrong, warning: isStrong ? null : PLAIN_TEXT_WARNING } };
}

/**
 * Without an OS keyring a secret would sit on disk behind a fixed key. Say so
 * and ask first; the answer is kept in settings (allowPlainTextSecrets) so it
 * is asked once, and a "no" refuses the account instead of storing it.
 */
export async function ensureSecretsMayBeStored(
  handlers: Pick<Handlers, 'settings:get'>,
  options: Pick<HostHandlerOptions, 'cipher' | 'confirmPlainText' | 'grantPlainText' | 'onSettings'>,
): Promise<void> {
  if (options.cipher.isStrong) return;
  const settings = await handlers['settings:get']({});
  if (settings.allowPlainTextSecrets) return;
  if (await options.confirmPlainText()) {
    // The shell hears of the consent before the secret is sealed, so the cipher may use basic_text.
    options.onSettings(options.grantPlainText());
    return;
  }
  throw new AppError(
    'forbidden',
    `${PLAIN_TEXT_WARNING} The account was not added. Install or unlock a keyring and restart Worktray, or allow storing credentials without one in Settings.`,
    { field: 'allowPlainTextSecrets' },
  );
}

/** The core's handlers plus what the shell adds: the keyring question, settings side effects, shell info. */
export function decorateHandlers(handlers: Handlers, options: HostHandlerOptions): Handlers {
  // Every settings change from a window goes through here so the shell sees it (the keyring consent: grantPlainText).
  const setSettings: Handlers['settings:set'] = async (input) => {
    const saved = await handlers['settings:set'](input);
    options.onSettings(saved);
    return saved;
  };
  return {
    ...handlers,
    'accounts:add': async (input) => {
      await ensureSecretsMayBeStored(handlers, options);
      return handlers['accounts:add'](input);
    },
    'vault:addPassphrase': async (input) => {
      // The first use may create the vault, whose key is then wrapped by the keyring too.
      await ensureSecretsMayBeStored(handlers, options);
      return handlers['vault:addPassphrase'](input);
    },
    'settings:set': setSettings,
    'app:info': async (input) => {
      const info = await handlers['app:info'](input);
      // Extra fields until the contract carries them (see the report to the lead).
      return Object.assign({}, info, { shell: shellInfo(options) });
    },
  };
}
