import { useEffect, useState, type FormEvent } from 'react';
import { useApp, useStores } from '../../store/hooks.js';
import { navigate } from '../navigate.js';
import { ErrorMessage } from '../ErrorMessage.js';

/**
 * One line: a title, Enter, done. It goes where quick-add went last (the
 * quick-add store remembers the account and project); "Change…" opens the full form.
 */
export function PanelQuickAdd() {
  const stores = useStores();
  const title = useApp('quickAdd', (s) => s.title);
  const saving = useApp('quickAdd', (s) => s.saving);
  const error = useApp('quickAdd', (s) => s.error);
  const account = useApp('quickAdd', (s) => s.accounts.find((a) => a.id === s.accountId));
  const project = useApp('quickAdd', (s) =>
    s.projects.find((p) => p.accountId === s.accountId && p.remoteId === s.projectRemoteId),
  );
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    void stores.quickAdd.getState().load();
  }, [stores]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const typed = title.trim();
    const where = account && project ? ` to ${account.label} · ${project.name}` : '';
    if (await stores.quickAdd.getState().save()) setAdded(`“${typed}”${where}`);
  };
  return (
    <form className="panel-add" onSubmit={(e) => void submit(e)} aria-label="Add a task">
      <div className="row">
        <input
          value={title}
          placeholder="Add a task…"
          aria-label="New task title"
          data-testid="panel-add-title"
          onChange={(e) => {
            setAdded(null);
            stores.quickAdd.getState().update({ title: e.target.value });
          }}
        />
        <button type="submit" className="primary" disabled={saving} data-testid="panel-add-submit">
          Add
        </button>
      </div>
      <p className="panel-add-where muted">
        {account && project ? `Into ${account.label} · ${project.name}` : 'Choose where tasks go'}{' '}
        <button type="button" className="link" onClick={() => navigate('quick-add')}>
          Change…
        </button>
      </p>
      {added && (
        <p className="notice" role="status" data-testid="panel-added">
          Added {added}.
        </p>
      )}
      {error && <ErrorMessage error={error} alert />}
    </form>
  );
}
