import { useState, type FormEvent } from 'react';
import { useApp, useStores } from '../store/hooks.js';
import { NO_TARGET, TimeTarget, type Target } from './TimeTarget.js';

/** Starts the service's own timer where it may be started (WebWork tracking); the others say why not. */
function StartTimerForm() {
  const stores = useStores();
  const saving = useApp('time', (s) => s.saving);
  const [target, setTarget] = useState<Target>(NO_TARGET);
  const [note, setNote] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const started = await stores.time.getState().startTimer({
      accountId: target.accountId,
      ...(target.projectRemoteId ? { projectRemoteId: target.projectRemoteId } : {}),
      ...(target.taskRemoteId ? { taskRemoteId: target.taskRemoteId } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (started) setNote('');
  };
  return (
    <form className="time-form" onSubmit={(e) => void submit(e)} aria-label="Start a timer" data-testid="timer-form">
      <TimeTarget ability="startTimer" value={target} onChange={setTarget} idPrefix="timer" />
      <label className="time-note">
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={10_000} data-testid="timer-note" />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={saving || !target.accountId} data-testid="timer-start">
          Start timer
        </button>
      </div>
    </form>
  );
}

/** Timers running right now (Worksection, WebWork), each with a stop button, and a form to start one. */
export function TimersPanel() {
  const stores = useStores();
  const timers = useApp('time', (s) => s.timers);
  const accounts = useApp('accounts', (s) => s.accounts);
  return (
    <>
      {timers.length === 0 ? (
        <p className="muted">No timers running.</p>
      ) : (
        <ul className="news-list" aria-label="Running timers">
          {timers.map((timer) => (
            <li key={timer.key} data-testid="timer">
              <span className="pill doing">Running</span> <strong>{timer.title}</strong>{' '}
              <span className="muted">
                {timer.userName ?? ''} · {accounts.find((a) => a.id === timer.accountId)?.label ?? ''}
                {timer.startedAt
                  ? ` · since ${new Date(timer.startedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
                  : ''}
              </span>{' '}
              <button type="button" onClick={() => void stores.time.getState().stopTimer(timer.key)}>
                Stop
              </button>
            </li>
          ))}
        </ul>
      )}
      <StartTimerForm />
    </>
  );
}
