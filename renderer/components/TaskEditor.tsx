import { useState, type FormEvent } from 'react';
import { PROVIDER_NAMES, type Capabilities, type Task, type TaskPatch, type TaskStatus } from '../../shared/model.js';
import { parseDue } from '../logic/dates.js';
import { joinList, splitList } from '../logic/listText.js';
import { useStores } from '../store/hooks.js';
import { CapabilityNote } from './CapabilityNote.js';
import { useUnsavedGuard } from './useUnsavedGuard.js';

interface TaskEditorProps {
  task: Task;
  caps: Capabilities;
  saving: boolean;
  onSave: (patch: TaskPatch) => void;
}

/** The editable fields a provider supports; each missing one says why. Ctrl/Cmd+Enter saves. */
export function TaskEditor({ task, caps, saving, onSave }: TaskEditorProps) {
  const [title, setTitle] = useState(task.title);
  const [details, setDetails] = useState(task.details);
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [due, setDue] = useState(task.dueDate ?? '');
  const [assignees, setAssignees] = useState(joinList(task.assignees));
  const [tags, setTags] = useState(joinList(task.tags));
  const provider = PROVIDER_NAMES[task.provider];
  const parsedDue = parseDue(due, new Date());
  const stores = useStores();
  const isDirty =
    [title, details, status, due, assignees, tags].join('\n') !==
    [task.title, task.details, task.status, task.dueDate ?? '', joinList(task.assignees), joinList(task.tags)].join('\n');
  const guard = useUnsavedGuard(isDirty, () => stores.detail.getState().close());

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!title.trim() || !parsedDue.ok) return;
    const patch: TaskPatch = { title: title.trim() };
    if (caps.details) patch.details = details;
    if (caps.statusChanges) patch.status = status;
    if (caps.dueDates) patch.dueDate = parsedDue.date;
    if (caps.assignees) patch.assignees = splitList(assignees);
    if (caps.tags) patch.tags = splitList(tags);
    onSave(patch);
  };

  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
        guard.onKeyDown(e);
      }}
      aria-label="Edit task"
    >
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required data-testid="edit-title" />
      </label>
      {caps.details ? (
        <label>
          Details
          <textarea rows={5} value={details} onChange={(e) => setDetails(e.target.value)} data-testid="edit-details" />
        </label>
      ) : (
        <CapabilityNote caps={caps} what="details" provider={provider} />
      )}
      {caps.statusChanges ? (
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as TaskStatus)} data-testid="edit-status">
            <option value="open">Open</option>
            {(caps.doingStatus || task.status === 'doing') && <option value="doing">In progress</option>}
            <option value="done">Done</option>
          </select>
          {!caps.doingStatus && <CapabilityNote caps={caps} what="doingStatus" provider={provider} />}
        </label>
      ) : (
        <CapabilityNote caps={caps} what="statusChanges" provider={provider} />
      )}
      {caps.dueDates ? (
        <label>
          Due date
          <input
            value={due}
            onChange={(e) => setDue(e.target.value)}
            placeholder="tomorrow, fri, 2026-12-01"
            aria-invalid={!parsedDue.ok}
            data-testid="edit-due"
          />
          <small>{parsedDue.ok ? (parsedDue.date ?? 'No due date') : parsedDue.message}</small>
        </label>
      ) : (
        <CapabilityNote caps={caps} what="dueDates" provider={provider} />
      )}
      {caps.assignees ? (
        <label>
          Assignees
          <input
            value={assignees}
            onChange={(e) => setAssignees(e.target.value)}
            placeholder="Comma-separated names"
            data-testid="edit-assignees"
          />
        </label>
      ) : (
        <CapabilityNote caps={caps} what="assignees" provider={provider} />
      )}
      {caps.tags ? (
        <label>
          Tags
          <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder="Comma-separated" data-testid="edit-tags" />
        </label>
      ) : (
        <CapabilityNote caps={caps} what="tags" provider={provider} />
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving || !title.trim() || !parsedDue.ok} data-testid="edit-save">
          {saving ? 'Saving…' : 'Save'}
        </button>
        <span className="hint">Ctrl/Cmd+Enter saves</span>
      </div>
      {guard.prompt}
    </form>
  );
}
