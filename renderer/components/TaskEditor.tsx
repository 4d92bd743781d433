import { useId, useState, type FormEvent } from 'react';
import type { Capabilities, Task, TaskPatch, TaskStatus } from '../../shared/model.js';
import { priorityLevel, priorityValue, type PriorityLevel } from '../../shared/priority.js';
import { titleMaxOf } from '../../shared/quickAdd/plan.js';
import { parseDue } from '../logic/dates.js';
import { joinList, splitList } from '../logic/listText.js';
import { assigneeWords } from '../logic/people.js';
import { countTitle } from '../logic/titleLimit.js';
import { useApp, useStores } from '../store/hooks.js';
import { Gated, GateNote } from './editor/GateNote.js';
import { PriorityField } from './editor/PriorityField.js';
import { useFieldGate } from './editor/useFieldGate.js';
import { AssigneePicker } from './people/AssigneePicker.js';
import { TitleCounter } from './TitleCounter.js';
import { useUnsavedGuard } from './useUnsavedGuard.js';
import '../styles/editor.css';

interface TaskEditorProps {
  task: Task;
  caps: Capabilities;
  saving: boolean;
  onSave: (patch: TaskPatch) => void;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The task's fields as its service takes them: a field the service can't take
 * is off with the reason (capability table), the title counts toward the
 * service's limit, people are picked by name. Ctrl/Cmd+Enter saves.
 */
export function TaskEditor({ task, caps, saving, onSave }: TaskEditorProps) {
  const [title, setTitle] = useState(task.title);
  const [details, setDetails] = useState(task.details);
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [due, setDue] = useState(task.dueDate ?? '');
  const [assignees, setAssignees] = useState<string[]>(task.assignees);
  const [tags, setTags] = useState(joinList(task.tags));
  const stored = priorityLevel(task.provider, task.priority);
  const [priority, setPriority] = useState<PriorityLevel | null>(stored);
  const members = useApp('members', (s) => s.members);
  const gate = useFieldGate(caps, task.provider);
  const counterId = useId();
  const count = countTitle(title.trim().length, titleMaxOf(caps), task.provider);
  const parsedDue = parseDue(due, new Date());
  const stores = useStores();
  const peopleChanged = !sameSet(assignees, task.assignees);
  const isDirty =
    peopleChanged ||
    priority !== stored ||
    [title, details, status, due, tags].join('\n') !==
      [task.title, task.details, task.status, task.dueDate ?? '', joinList(task.tags)].join('\n');
  const guard = useUnsavedGuard(isDirty, () => stores.detail.getState().close());
  const canSave = !saving && title.trim() !== '' && parsedDue.ok && !count.isOver;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!canSave) return;
    const patch: TaskPatch = { title: title.trim() };
    if (caps.details) patch.details = details;
    if (caps.statusChanges) patch.status = status;
    if (caps.dueDates) patch.dueDate = parsedDue.date;
    // People go by name or e-mail (the core maps them to the service's ids), and only when changed.
    if (caps.assignees && peopleChanged) patch.assignees = assigneeWords(assignees, members);
    if (caps.tags) patch.tags = splitList(tags);
    // A stored in-between value (Worksection 6) reads as a level; it is rewritten only when the level changes.
    if (caps.priority && priority !== stored && priority) patch.priority = priorityValue(task.provider, priority);
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
      className="task-editor"
    >
      <div className="field">
        <label>
          Title
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            aria-invalid={count.isOver}
            aria-describedby={count.isNear ? counterId : undefined}
            data-testid="edit-title"
          />
        </label>
        <TitleCounter id={counterId} count={count} />
      </div>
      <Gated gate={gate} flag="details">
        <label>
          Details
          <textarea
            rows={5}
            value={details}
            onChange={(e) => setDetails(e.target.value)}
            data-testid="edit-details"
            {...gate.props('details')}
          />
        </label>
      </Gated>
      <Gated gate={gate} flag="statusChanges">
        <label>
          Status
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value as TaskStatus)}
            data-testid="edit-status"
            {...gate.props('statusChanges')}
          >
            <option value="open">Open</option>
            {(caps.doingStatus || task.status === 'doing') && <option value="doing">In progress</option>}
            <option value="done">Done</option>
          </select>
        </label>
        {caps.statusChanges && <GateNote gate={gate} flag="doingStatus" />}
      </Gated>
      <Gated gate={gate} flag="dueDates">
        <label>
          Due date
          <input
            value={due}
            onChange={(e) => setDue(e.target.value)}
            placeholder={caps.dueDates ? 'tomorrow, fri, 2026-12-01' : 'No due dates'}
            aria-invalid={!parsedDue.ok}
            data-testid="edit-due"
            {...gate.props('dueDates')}
          />
          {caps.dueDates && <small>{parsedDue.ok ? (parsedDue.date ?? 'No due date') : parsedDue.message}</small>}
        </label>
      </Gated>
      <Gated gate={gate} flag="assignees">
        <AssigneePicker
          accountId={task.accountId}
          value={assignees}
          onChange={setAssignees}
          single={caps.singleAssignee}
          disabledBy={gate.why('assignees') === null ? undefined : gate.noteId('assignees')}
        />
      </Gated>
      <PriorityField value={priority} onChange={setPriority} gate={gate} />
      <Gated gate={gate} flag="tags">
        <label>
          Tags
          <input
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            placeholder={caps.tags ? 'Comma-separated' : 'No tags'}
            data-testid="edit-tags"
            {...gate.props('tags')}
          />
        </label>
      </Gated>
      <div className="row">
        <button type="submit" className="primary" disabled={!canSave} data-testid="edit-save">
          {saving ? 'Saving…' : 'Save'}
        </button>
        <span className="hint">Ctrl/Cmd+Enter saves</span>
      </div>
      {guard.prompt}
    </form>
  );
}
