import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { PROVIDER_NAMES, type ProviderId } from '../../shared/model.js';
import { partKey } from '../../shared/quickAdd/parseTitle.js';
import { missingReason } from '../../shared/quickAdd/plan.js';
import { isElectron } from '../api/createApi.js';
import { Combobox } from '../components/Combobox.js';
import { navigate } from '../components/navigate.js';
import { TitleCounter } from '../components/TitleCounter.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { countTitle } from '../logic/titleLimit.js';
import { Chips } from '../components/quickAdd/Chips.js';
import { QuickAddConfirmation } from '../components/quickAdd/Confirmation.js';
import { Preview } from '../components/quickAdd/Preview.js';
import { TitleInput } from '../components/quickAdd/TitleInput.js';
import { parseDue } from '../logic/dates.js';
import { useApp, useStores } from '../store/hooks.js';
import { readQuickAdd } from '../store/quickAddStore.js';
import { ErrorMessage } from '../components/ErrorMessage.js';

/**
 * Where the form lives: its own small window (the desktop app's quick-add window, opened at
 * #/quick-add), or a dialog over the main window, which stays mounted beneath it so the new
 * row is already on screen when the dialog closes.
 */
export type QuickAddLayout = 'window' | 'dialog';

/** The desktop app's own quick-add window closes; the dialog goes back to the task list. */
function closerFor(layout: QuickAddLayout): () => void {
  return layout === 'window' && isElectron() ? () => window.close() : () => navigate('tasks');
}

/**
 * A title read as it is typed (dates, #project, @person, !priority, +tags,
 * shown as chips and a one-line preview), with account, project, details and
 * due fields for those who'd rather pick. Enter saves and closes;
 * Ctrl/Cmd+Enter saves and stays; Esc closes and keeps nothing.
 */
export function QuickAddView({ layout = 'window' }: { layout?: QuickAddLayout }) {
  const stores = useStores();
  const closeQuickAdd = closerFor(layout);
  const state = useApp('quickAdd', (s) => s);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void stores.quickAdd.getState().load();
    titleRef.current?.focus();
  }, [stores]);
  const now = new Date();
  const { parsed, plan } = readQuickAdd(state, now);
  const due = parseDue(state.dueText, now);
  const providerOf = useMemo(() => {
    const byId = new Map(state.accounts.map((a) => [a.id, a.provider]));
    return (accountId: string): ProviderId | null => byId.get(accountId) ?? null;
  }, [state.accounts]);
  const accountOptions = state.accounts.map((a) => ({ id: a.id, label: a.label, hint: PROVIDER_NAMES[a.provider] }));
  // A #project in the title moves the pickers; picking by hand keeps the #words in the title instead.
  const titleProject = parsed.parts.find((p) => p.kind === 'project' && p.project);
  const shownAccountId = plan.account?.id ?? state.accountId;
  const projectOptions = state.projects
    .filter((p) => p.accountId === shownAccountId && !p.archived)
    .map((p) => ({ id: p.remoteId, label: p.name }));
  const pickByHand = () => {
    if (!titleProject) return;
    stores.quickAdd.getState().keep(partKey(titleProject));
    if (shownAccountId) stores.quickAdd.getState().chooseAccount(shownAccountId);
  };
  const dueBlocked = plan.account
    ? missingReason(plan.account.provider, state.capabilities?.[plan.account.provider], 'dueDates')
    : null;
  const count = countTitle(plan.title.length, plan.titleMax, plan.account?.provider ?? null);

  const save = async (keepOpen: boolean) => {
    if (!(await stores.quickAdd.getState().save())) return;
    if (keepOpen) titleRef.current?.focus();
    else closeQuickAdd();
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
  const takeBackLast = () => {
    const last = parsed.parts[parsed.parts.length - 1];
    if (last) stores.quickAdd.getState().keep(partKey(last));
  };
  const Heading = layout === 'dialog' ? 'h2' : 'h1';
  const form = (
    <form
      onKeyDown={onKey}
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      aria-label="Quick add a task"
    >
      <Heading id="qa-heading">Quick add</Heading>
      <label htmlFor="qa-title-input" className="qa-title-label">
        <span>Task</span>
      </label>
      <TitleInput
        ref={titleRef}
        id="qa-title-input"
        value={state.title}
        onChange={(title) => stores.quickAdd.getState().update({ title })}
        projects={state.projects.filter((p) => !p.archived)}
        people={state.members.filter((m) => m.accountId === parsed.accountId)}
        accountId={parsed.accountId}
        providerOf={providerOf}
        onBackspaceAtStart={takeBackLast}
        describedBy={count.isNear ? 'qa-title-count qa-title-help' : 'qa-title-help'}
      />
      <TitleCounter id="qa-title-count" count={count} />
      <small id="qa-title-help" className="hint">
        Type a date (tomorrow 5pm, fri, in 3 days), #project, @person, !1–!4, +tag. Backspace on a chip keeps its words.
      </small>
      <Chips
        parts={parsed.parts}
        dropped={plan.dropped}
        now={now}
        providerOf={providerOf}
        onRemove={(key) => stores.quickAdd.getState().keep(key)}
        onEmpty={() => titleRef.current?.focus()}
      />
      <Preview parsed={parsed} plan={plan} now={now} />
      <div className="qa-pickers">
        <Combobox
          label="Account"
          options={accountOptions}
          value={shownAccountId}
          onChange={(id) => {
            pickByHand();
            stores.quickAdd.getState().chooseAccount(id);
          }}
          testId="qa-account"
        />
        <Combobox
          label="Project"
          options={projectOptions}
          value={plan.project?.remoteId ?? state.projectRemoteId}
          onChange={(id) => {
            pickByHand();
            stores.quickAdd.getState().chooseProject(id);
          }}
          testId="qa-project"
        />
      </div>
      {titleProject && (
        <small className="hint" data-testid="qa-from-title">
          Account and project from “{titleProject.text}” in the title; picking here keeps those words in the title.
        </small>
      )}
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
      <label title={dueBlocked ?? undefined}>
        <span>
          Due <small>{dueBlocked ? '(not available)' : '(optional: tomorrow, fri, 2026-12-01)'}</small>
        </span>
        <input
          value={dueBlocked ? '' : state.dueText}
          disabled={dueBlocked !== null}
          aria-invalid={!due.ok}
          aria-describedby={dueBlocked ? 'qa-due-reason' : undefined}
          onChange={(e) => stores.quickAdd.getState().update({ dueText: e.target.value })}
          data-testid="qa-due"
        />
        {dueBlocked && (
          <small id="qa-due-reason" className="cap-note" data-testid="qa-due-reason">
            {dueBlocked}
          </small>
        )}
        {!dueBlocked && state.dueText.trim() && (
          <small data-testid="qa-due-parsed">{due.ok ? (due.date ?? 'No due date') : due.message}</small>
        )}
      </label>
      {state.error && <ErrorMessage error={state.error} alert />}
      {!state.error && <QuickAddConfirmation />}
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
  );
  if (layout === 'window') return <main className="quick-add">{form}</main>;
  return (
    <ModalDialog
      onClose={closeQuickAdd}
      closeOnBackdrop
      className="quick-add quick-add-dialog"
      labelledBy="qa-heading"
      testId="quick-add-dialog"
    >
      {form}
    </ModalDialog>
  );
}
