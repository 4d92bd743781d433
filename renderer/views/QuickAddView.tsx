import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { PROVIDER_NAMES } from '../../shared/model.js';
import { isElectron } from '../api/createApi.js';
import { describeError } from '../api/result.js';
import { Combobox } from '../components/Combobox.js';
import { navigate } from '../components/navigate.js';
import { parseDue } from '../logic/dates.js';
import { useApp, useStores } from '../store/hooks.js';

/** In Electron this is its own small window; in the web host "closing" goes back to the task list. */
function closeQuickAdd(): void {
  if (isElectron()) window.close();
  else navigate('tasks');
}

/** Title, account, project, optional details and due date. Enter saves and closes; Ctrl/Cmd+Enter saves and stays. */
export function QuickAddView() {
  const stores = useStores();
  const state = useApp('quickAdd', (s) => s);
  const titleRef = useRef<HTMLInputElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  useEffect(() => {
    void stores.quickAdd.getState().load();
    titleRef.current?.focus();
  }, [stores]);
  const due = parseDue(state.dueText, new Date());
  const accountOptions = state.accounts.map((a) => ({ id: a.id, label: a.label, hint: PROVIDER_NAMES[a.provider] }));
  const projectOptions = state.projects
    .filter((p) => p.accountId === state.accountId && !p.archived)
    .map((p) => ({ id: p.remoteId, label: p.name }));

  const save = async (keepOpen: boolean) => {
    const title = state.title.trim();
    if (!(await stores.quickAdd.getState().save())) return;
    if (keepOpen) {
      setAdded(title);
      titleRef.current?.focus();
    } else closeQuickAdd();
  };
  const onKey = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeQuickAdd();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save(true);
    } else if (e.key === 'Enter' && !(e.target instanceof HTMLTextAreaElement) && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      void save(false);
    }
  };
  return (
    <main className="quick-add">
      <form
        onKeyDown={onKey}
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
        aria-label="Quick add a task"
      >
        <h1>Quick add</h1>
        <label>
          Task
          <input
            ref={titleRef}
            className="qa-title"
            value={state.title}
            placeholder="What needs doing?"
            onChange={(e) => stores.quickAdd.getState().update({ title: e.target.value })}
            data-testid="qa-title"
          />
        </label>
        <div className="qa-pickers">
          <Combobox
            label="Account"
            options={accountOptions}
            value={state.accountId}
            onChange={(id) => stores.quickAdd.getState().chooseAccount(id)}
            testId="qa-account"
          />
          <Combobox
            label="Project"
            options={projectOptions}
            value={state.projectRemoteId}
            onChange={(id) => stores.quickAdd.getState().chooseProject(id)}
            testId="qa-project"
          />
        </div>
        <label>
          <span>
            Details <small>(optional)</small>
          </span>
          <textarea
            rows={2}
            value={state.details}
            onChange={(e) => stores.quickAdd.getState().update({ details: e.target.value })}
            data-testid="qa-details"
          />
        </label>
        <label>
          <span>
            Due <small>(optional: tomorrow, fri, 2026-12-01)</small>
          </span>
          <input
            value={state.dueText}
            aria-invalid={!due.ok}
            onChange={(e) => stores.quickAdd.getState().update({ dueText: e.target.value })}
            data-testid="qa-due"
          />
          {state.dueText.trim() && (
            <small data-testid="qa-due-parsed">{due.ok ? (due.date ?? 'No due date') : due.message}</small>
          )}
        </label>
        {state.error && (
          <p className="error" role="alert">
            {describeError(state.error)}
          </p>
        )}
        {added && !state.error && (
          <p className="notice" role="status">
            Added “{added}”. Type the next one.
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={state.saving} data-testid="qa-save">
            Add task
          </button>
          <button type="button" onClick={closeQuickAdd}>
            Cancel
          </button>
          <span className="hint">Enter adds · Ctrl/Cmd+Enter adds another · Esc closes</span>
        </div>
      </form>
    </main>
  );
}
