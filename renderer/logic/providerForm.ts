import type { ProviderId } from '../../shared/model.js';

/** What each provider asks for when an account is added (the secret's name differs per service). */
export interface ProviderFormSpec {
  secretLabel: string;
  secretHint: string;
  baseUrlHint: string;
  needsEmail: boolean;
  needsWorkspace: boolean;
  /** Worksection accounts each live on their own domain, so the URL is not optional there. */
  needsBaseUrl: boolean;
}

export const PROVIDER_FORMS: Record<ProviderId, ProviderFormSpec> = {
  worksnaps: {
    secretLabel: 'API token',
    secretHint: 'Worksnaps: Profile & Settings → Web Service API.',
    baseUrlHint: 'Leave empty for https://api.worksnaps.com',
    needsEmail: false,
    needsWorkspace: false,
    needsBaseUrl: false,
  },
  worksection: {
    secretLabel: 'Admin API key',
    secretHint: 'Worksection: Account → API.',
    baseUrlHint: 'Your account address, e.g. https://yourcompany.worksection.com',
    needsEmail: false,
    needsWorkspace: false,
    needsBaseUrl: true,
  },
  workity: {
    secretLabel: 'Password',
    secretHint: 'Your Workity password; Worktray logs in for you.',
    baseUrlHint: 'Leave empty for the Workity cloud',
    needsEmail: true,
    needsWorkspace: false,
    needsBaseUrl: false,
  },
  webwork: {
    secretLabel: 'API token',
    secretHint: 'WebWork Tracker: Settings → API.',
    baseUrlHint: 'Leave empty for https://api.webwork-tracker.com',
    needsEmail: false,
    needsWorkspace: true,
    needsBaseUrl: false,
  },
};

export interface AccountDraft {
  provider: ProviderId;
  label: string;
  baseUrl: string;
  email: string;
  workspace: string;
  secret: string;
}

/** The first thing wrong with a draft, in words, or null when it can be sent. */
export function checkDraft(draft: AccountDraft): { field: keyof AccountDraft; message: string } | null {
  const spec = PROVIDER_FORMS[draft.provider];
  if (!draft.label.trim()) return { field: 'label', message: 'Give the account a name you will recognise.' };
  if (spec.needsBaseUrl && !draft.baseUrl.trim())
    return { field: 'baseUrl', message: 'This provider needs your account address.' };
  if (draft.baseUrl.trim() && !/^https?:\/\/[^\s]+$/i.test(draft.baseUrl.trim()))
    return { field: 'baseUrl', message: 'The address must start with http:// or https://.' };
  if (spec.needsEmail && !/^[^\s@]+@[^\s@]+$/.test(draft.email.trim()))
    return { field: 'email', message: 'Enter the e-mail you log in with.' };
  if (!draft.secret) return { field: 'secret', message: `Enter the ${spec.secretLabel.toLowerCase()}.` };
  return null;
}
