import { z } from 'zod';
import { ProviderIdSchema } from '../model.js';
import { id, text } from './fields.js';

/** Accounts and the app's own settings. */
export const AddAccountSchema = z
  .object({
    provider: ProviderIdSchema,
    label: text(100).min(1),
    baseUrl: text(500).url().optional(),
    email: text(200).optional(),
    workspace: text(100).optional(),
    secret: text(2000).min(1),
    verify: z.boolean().optional(),
  })
  .strict();

export const SettingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    quickAddShortcut: text(100),
    lastAccountId: id.nullable(),
    lastProjectRemoteId: id.nullable(),
    startAtLogin: z.boolean(),
  })
  .partial()
  .strict();
/** What `settings:set` may change; what `settings:get` reads back adds the keyring consent. */
export type Settings = Required<z.infer<typeof SettingsSchema>> & {
  /**
   * The user's answer to the native "store without a keyring?" dialog. Only
   * the Electron main process sets it, after that dialog: a renderer that
   * could set it would skip the consent.
   */
  allowPlainTextSecrets: boolean;
};

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  quickAddShortcut: 'CommandOrControl+Shift+Space',
  lastAccountId: null,
  lastProjectRemoteId: null,
  startAtLogin: false,
  allowPlainTextSecrets: false,
};
