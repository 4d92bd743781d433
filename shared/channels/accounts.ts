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

export const GROUP_BY = ['none', 'project', 'account', 'due', 'status'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** A search kept under a name in the sidebar. */
export const SavedSearchSchema = z.object({ name: text(80).min(1), search: text(200).min(1) }).strict();
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const SettingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    /** Group-by per list, keyed by the list's name (a view, or `project`). */
    groupBy: z.record(text(80), z.enum(GROUP_BY)),
    /** The daily "due today" reminder: on or off, and its time on the user's wall clock ('HH:MM'). */
    remindersEnabled: z.boolean(),
    reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    savedSearches: z.array(SavedSearchSchema).max(50),
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
  groupBy: {},
  remindersEnabled: false,
  reminderTime: '09:00',
  savedSearches: [],
  quickAddShortcut: 'CommandOrControl+Shift+Space',
  lastAccountId: null,
  lastProjectRemoteId: null,
  startAtLogin: false,
  allowPlainTextSecrets: false,
};
