import { useState, type FormEvent } from 'react';
import { instantToStamp } from '../../shared/dates/index.js';
import type { TimeEntry } from '../../shared/model.js';
import { isoDate } from '../logic/dates.js';
import { useApp, useStores } from '../store/hooks.js';
import { NO_TARGET, TimeTarget, type Target } from './TimeTarget.js';

interface TimeEntryFormProps {
  /** The entry to change; without one the form books new time. */
  entry?: TimeEntry;
  onDone?: () => void;
}

/** The day and start as the user's wall clock ("2026-12-01", "09:00"). */
function startOf(entry: TimeEntry | undefined): { day: string; time: string } {
  if (!entry?.start) return { day: isoDate(new Date()), time: '09:00' };
  const stamp = instantToStamp(new Date(entry.start));
  return { day: stamp.slice(0, 10), time: stamp.slice(11, 16) };
}

/** Books time (new entry), or changes the start, length and note of a booked one. */
export function TimeEntryForm({ entry, onDone }: TimeEntryFormProps) {
  const stores = useStores();
  const saving = useApp('time', (s) => s.saving);
  const [target, setTarget] = useState<Target>(NO_TARGET);
  const initial = startOf(entry);
  const [day, setDay] = useState(initial.day);
  const [time, setTime] = useState(initial.time);
  const [minutes, setMinutes] = useState(String(entry?.minutes ?? 30));
  const [note, setNote] = useState(entry?.note ?? '');
  const editing = entry !== undefined;
  const prefix = editing ? 'time-edit' : 'time-log';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const length = Number(minutes);
    const start = `${day}T${time}`;
    const actions = stores.time.getState();
    const ok = editing
      ? await actions.editTime({
          key: entry.key,
          start,
          ...(length !== entry.minutes ? { minutes: length } : {}),
          note,
        })
      : await actions.logTime({
          accountId: target.accountId,
          projectRemoteId: target.projectRemoteId,
          taskRemoteId: target.taskRemoteId || null,
          start,
          minutes: length,
          note,
        });
    if (ok) {
      if (!editing) setNote('');
      onDone?.();
    }
  };

  return (
    <form
      className="time-form"
      onSubmit={(e) => void submit(e)}
      aria-label={editing ? 'Change booked time' : 'Book time'}
      data-testid={`${prefix}-form`}
    >
      {!editing && <TimeTarget ability="logTime" value={target} onChange={setTarget} idPrefix={prefix} />}
      <label>
        Day
        <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required data-testid={`${prefix}-day`} />
      </label>
      <label>
        Start
        <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required data-testid={`${prefix}-start`} />
      </label>
      <label>
        Minutes
        <input
          type="number"
          min={1}
          max={1440}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          required
          data-testid={`${prefix}-minutes`}
        />
      </label>
      <label className="time-note">
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={10_000} data-testid={`${prefix}-note`} />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={saving} data-testid={`${prefix}-save`}>
          {editing ? 'Save' : 'Book time'}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
