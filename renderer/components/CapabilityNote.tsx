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

/** Why a provider lacks a capability: its own reason when the adapter gives one. */
export function capabilityReason(caps: Capabilities, what: Capability, provider: string): string {
  return caps.notes[what] ?? `${provider} does not offer ${FALLBACK[what]}.`;
}

interface CapabilityNoteProps {
  caps: Capabilities;
  what: Capability;
  provider: string;
  /** For aria-describedby on the control it explains. */
  id?: string;
}

/** Says why a control is missing or off. */
export function CapabilityNote({ caps, what, provider, id }: CapabilityNoteProps) {
  return (
    <p className="cap-note" id={id} data-testid={`cap-note-${what}`}>
      {capabilityReason(caps, what, provider)}
    </p>
  );
}
