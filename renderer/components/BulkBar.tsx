import { useState } from 'react';
import { parseDue } from '../logic/dates.js';
import { describeSummary, type BulkAction } from '../logic/bulk.js';
import { splitList } from '../logic/listText.js';
import { useApp, useStores } from '../store/hooks.js';

/** Actions on every selected task, and what each service refused of the last batch. */
export function BulkBar() {
  const stores = useStores();
  const picked = useApp('selection', (s) => s.keys.length);
  const running = useApp('selection', (s) => s.running);
  const summary = useApp('selection', (s) => s.summary);
  const canUndo = useApp('selection', (s) => s.lastBatch !== null && s.lastBatch.action.kind !== 'delete');
  const [due, setDue] = useState('');
  const [people, setPeople] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const selection = stores.selection.getState();
  const run = (action: BulkAction) => {
    setProblem(null);
    void selection.run(action);
  };
  const move = () => {
    const parsed = parseDue(due, new Date());
    if (!parsed.ok) setProblem(`Due date: ${parsed.message}`);
    else run({ kind: 'due', date: parsed.date });
  };
  if (picked === 0 && !summary) return null;
  return (
    <div className="bulk-bar" role="region" aria-label="Selected tasks" data-testid="bulk-bar">
      {picked > 0 && (
        <div className="row wrap">
          <strong data-testid="bulk-count">{picked} selected</strong>
          <button type="button" disabled={running} onClick={() => run({ kind: 'complete' })} data-testid="bulk-complete">
            Complete
          </button>
          <button type="button" disabled={running} onClick={() => run({ kind: 'reopen' })}>
            Reopen
          </button>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              move();
            }}
          >
            <label>
              <span className="visually-hidden">Move to date</span>
              <input value={due} size={12} placeholder="tomorrow, fri…" onChange={(e) => setDue(e.target.value)} />
            </label>
            <button type="submit" disabled={running || due.trim() === ''}>
              Move
            </button>
          </form>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              run({ kind: 'assign', people: splitList(people) });
            }}
          >
            <label>
              <span className="visually-hidden">Assign to (names, comma separated)</span>
              <input value={people} size={12} placeholder="Assign to…" onChange={(e) => setPeople(e.target.value)} />
            </label>
            <button type="submit" disabled={running || people.trim() === ''}>
              Assign
            </button>
          </form>
          <button
            type="button"
            className="danger"
            disabled={running}
            onClick={() => {
              if (window.confirm(`Delete ${picked} task${picked === 1 ? '' : 's'} on their services?`)) run({ kind: 'delete' });
            }}
          >
            Delete
          </button>
          <button type="button" className="link" onClick={() => selection.clear()}>
            Clear selection
          </button>
        </div>
      )}
      {running && <p role="status">Working…</p>}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {summary && (
        <div className="row wrap" role="status" data-testid="bulk-summary">
          <span>
            {describeSummary(summary).map((line) => (
              <span key={line} className="summary-line">
                {line}
              </span>
            ))}
          </span>
          {canUndo && (
            <button type="button" className="link" onClick={() => void selection.undo()} data-testid="bulk-undo">
              Undo
            </button>
          )}
          <button type="button" className="link" onClick={() => selection.dismiss()}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
