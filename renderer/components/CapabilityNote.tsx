import type { Capabilities, CapabilityFlag } from '../../shared/model.js';

type Capability = CapabilityFlag;

const FALLBACK: Record<Capability, string> = {
  statusChanges: 'changing the status',
  doingStatus: 'an in-progress status',
  dueDates: 'due dates',
  details: 'task details',
  deleteTasks: 'deleting tasks',
  comments: 'comments',
  costs: 'costs',
  timeEntries: 'time entries',
  timers: 'timers',
  news: 'a news feed',
  conflictCopies: 'conflict copies',
  assignees: 'assignees',
  tags: 'tags',
  notesAndFiles: 'notes and files',
  priority: 'priorities',
  subtasks: 'subtasks',
  singleAssignee: 'several assignees',
  logTime: 'booking time',
  editTime: 'changing booked time',
  deleteTime: 'deleting booked time',
  startTimer: 'starting a timer',
};

/** Says why a control is missing: the provider's own reason when the adapter gives one. */
export function CapabilityNote({ caps, what, provider }: { caps: Capabilities; what: Capability; provider: string }) {
  return (
    <p className="cap-note" data-testid={`cap-note-${what}`}>
      {caps.notes[what] ?? `${provider} does not offer ${FALLBACK[what]}.`}
    </p>
  );
}
