import { useState } from 'react';
import { isLocalKey, PROVIDER_NAMES, parseKey, type Capabilities, type ProviderId, type TimeEntry } from '../../shared/model.js';
import { clockRange, entriesPerDay, formatMinutes } from '../logic/timeTotals.js';
import { fromIsoDate } from '../logic/dates.js';
import { useApp, useStores } from '../store/hooks.js';
import { CapabilityNote } from './CapabilityNote.js';
import { TimeEntryForm } from './TimeEntryForm.js';

const providerOf = (entry: TimeEntry): ProviderId | null => parseKey(entry.key)?.provider ?? null;

function dayHeading(day: string): string {
  const date = fromIsoDate(day);
  return date ? date.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }) : 'No date';
}

/** One booked entry: when, how long, where, and the changes its service allows. */
function EntryRow({ entry, caps, where }: { entry: TimeEntry; caps: Capabilities | null; where: string }) {
  const stores = useStores();
  const saving = useApp('time', (s) => s.saving);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  if (mode === 'edit') {
    return (
      <li className="time-entry editing">
        <TimeEntryForm entry={entry} onDone={() => setMode('view')} />
      </li>
    );
  }
  const provider = providerOf(entry);
  const name = provider ? PROVIDER_NAMES[provider] : 'the service';
  const canEdit = caps?.editTime === true;
  const canDelete = caps?.deleteTime === true;
  return (
    <li className="time-entry" data-testid="time-entry" data-key={entry.key}>
      <span className="time-clock">{clockRange(entry) || '—'}</span>
      <span className="time-what">
        <strong>{entry.note || 'No note'}</strong>
        <span className="muted">
          {where}
          {entry.kind === 'cost' && <span className="pill">cost</span>}
          {isLocalKey(entry.key) && <span className="pill pending">Pending</span>}
        </span>
      </span>
      <span className="num">{formatMinutes(entry.minutes)}</span>
      {mode === 'confirm' ? (
        <span className="row" role="group" aria-label="Confirm deletion">
          <span>Delete from {name}?</span>
          <button
            type="button"
            className="danger"
            disabled={saving}
            onClick={() => void stores.time.getState().deleteTime(entry.key)}
            data-testid="time-delete-confirm"
          >
            Delete
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Keep
          </button>
        </span>
      ) : (
        <span className="row">
          <button
            type="button"
            disabled={!canEdit}
            title={canEdit ? undefined : caps?.notes.editTime}
            onClick={() => setMode('edit')}
            data-testid="time-edit"
          >
            Edit
          </button>
          <button
            type="button"
            disabled={!canDelete}
            title={canDelete ? undefined : caps?.notes.deleteTime}
            onClick={() => setMode('confirm')}
            data-testid="time-delete"
          >
            Delete
          </button>
        </span>
      )}
    </li>
  );
}

/** Booked time per day, newest first; where a service can't change or delete time, the reason is said below. */
export function TimeEntryList({ where }: { where: (entry: TimeEntry) => string }) {
  const entries = useApp('time', (s) => s.entries);
  const capabilities = useApp('accounts', (s) => s.capabilities);
  const days = entriesPerDay(entries);
  const providers = [...new Set(entries.map(providerOf))].filter((p): p is ProviderId => p !== null);
  const capsOf = (entry: TimeEntry) => {
    const provider = providerOf(entry);
    return provider && capabilities ? capabilities[provider] : null;
  };
  if (days.length === 0) return <p className="muted">No time booked in these days.</p>;
  return (
    <div data-testid="time-entries">
      {days.map((d) => (
        <section key={d.day} className="time-day" aria-label={dayHeading(d.day)}>
          <h3>
            {dayHeading(d.day)} <span className="muted">{formatMinutes(d.minutes)} h</span>
          </h3>
          <ul className="time-entries">
            {d.entries.map((entry) => (
              <EntryRow key={entry.key} entry={entry} caps={capsOf(entry)} where={where(entry)} />
            ))}
          </ul>
        </section>
      ))}
      {capabilities &&
        providers.flatMap((p) =>
          (['editTime', 'deleteTime'] as const)
            .filter((what) => !capabilities[p][what])
            .map((what) => (
              <CapabilityNote key={`${p}-${what}`} caps={capabilities[p]} what={what} provider={PROVIDER_NAMES[p]} />
            )),
        )}
    </div>
  );
}
