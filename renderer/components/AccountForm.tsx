import { useState, type FormEvent } from 'react';
import type { ErrorPayload } from '../../shared/errors.js';
import { PROVIDER_IDS, PROVIDER_NAMES, type ProviderId } from '../../shared/model.js';
import { errorPayload } from '../api/result.js';
import { PROVIDER_FORMS, checkDraft, type AccountDraft } from '../logic/providerForm.js';
import { useStores } from '../store/hooks.js';
import { ErrorMessage } from './ErrorMessage.js';

/** Adds an account and tests the connection in one step; the secret lives only in this form until it is sent. */
export function AccountForm({ onAdded }: { onAdded: () => void }) {
  const stores = useStores();
  const [draft, setDraft] = useState<AccountDraft>({
    provider: 'worksnaps',
    label: '',
    baseUrl: '',
    email: '',
    workspace: '',
    secret: '',
  });
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const spec = PROVIDER_FORMS[draft.provider];
  const set = (patch: Partial<AccountDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = checkDraft(draft);
    if (problem) return setError(errorPayload('validation', problem.message, { field: problem.field }));
    setBusy(true);
    setError(null);
    const outcome = await stores.accounts.getState().add({
      provider: draft.provider,
      label: draft.label.trim(),
      secret: draft.secret,
      verify: true,
      ...(draft.baseUrl.trim() ? { baseUrl: draft.baseUrl.trim() } : {}),
      ...(spec.needsEmail ? { email: draft.email.trim() } : {}),
      ...(spec.needsWorkspace && draft.workspace.trim() ? { workspace: draft.workspace.trim() } : {}),
    });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.error);
    set({ secret: '' });
    onAdded();
  };

  return (
    <form className="account-form panel" onSubmit={(e) => void submit(e)} aria-label="Add an account">
      <fieldset className="provider-choice">
        <legend>Service</legend>
        {PROVIDER_IDS.map((id: ProviderId) => (
          <label key={id} className="radio">
            <input
              type="radio"
              name="provider"
              value={id}
              checked={draft.provider === id}
              onChange={() => set({ provider: id })}
              data-testid={`provider-${id}`}
            />
            <span className={`provider-dot provider-${id}`} aria-hidden="true" /> {PROVIDER_NAMES[id]}
          </label>
        ))}
      </fieldset>
      <label>
        Name
        <input
          value={draft.label}
          onChange={(e) => set({ label: e.target.value })}
          placeholder={`e.g. ${PROVIDER_NAMES[draft.provider]} — work`}
          data-testid="account-label"
        />
      </label>
      <label>
        <span>Address {spec.needsBaseUrl ? '' : <small>(optional)</small>}</span>
        <input
          value={draft.baseUrl}
          onChange={(e) => set({ baseUrl: e.target.value })}
          placeholder={spec.baseUrlHint}
          inputMode="url"
          data-testid="account-url"
        />
      </label>
      {spec.needsEmail && (
        <label>
          E-mail
          <input
            type="email"
            value={draft.email}
            onChange={(e) => set({ email: e.target.value })}
            autoComplete="username"
            data-testid="account-email"
          />
        </label>
      )}
      {spec.needsWorkspace && (
        <label>
          <span>
            Workspace <small>(optional: the first one is used)</small>
          </span>
          <input value={draft.workspace} onChange={(e) => set({ workspace: e.target.value })} data-testid="account-workspace" />
        </label>
      )}
      <label>
        {spec.secretLabel}
        <input
          type="password"
          value={draft.secret}
          onChange={(e) => set({ secret: e.target.value })}
          autoComplete="off"
          data-testid="account-secret"
        />
        <small>{spec.secretHint} Stored encrypted; Worktray never shows it again.</small>
      </label>
      {error && <ErrorMessage error={error} alert testId="account-error" />}
      <div className="row">
        <button type="submit" className="primary" disabled={busy} data-testid="account-submit">
          {busy ? 'Testing the connection…' : 'Test connection and add'}
        </button>
      </div>
    </form>
  );
}
