import type { OutboxEntryView } from '../channels/views.js';
import { fieldWords } from './fields.js';
import { formatDay, formatDuration, listWords, quote } from './words.js';

/** Where the names come from: the renderer's stores or the CLI's `accounts:list` and `projects:list`. */
export interface OutboxNames {
  account(accountId: string): string | null;
  project(accountId: string, projectRemoteId: string): string | null;
}

export type DescribedChange = Pick<OutboxEntryView, 'op' | 'title' | 'accountId' | 'change'>;

const STATUS_VERBS = { done: 'Complete', open: 'Reopen', doing: 'Start' } as const;

/** "Studio time · Marketing Site": the account, then the project, each by name (ids only when nothing else is known). */
function place(entry: DescribedChange, names: OutboxNames): string {
  const account = names.account(entry.accountId) ?? entry.accountId;
  const id = entry.change.projectRemoteId;
  if (id === null) return account;
  return `${account} · ${names.project(entry.accountId, id) ?? `project ${id}`}`;
}

function describeEdit(entry: DescribedChange, subject: string, now: Date): string {
  const { fields, status, dueDate } = entry.change;
  if (fields.length === 1 && fields[0] === 'status' && status) return `${STATUS_VERBS[status]} ${subject}`;
  if (fields.length === 1 && fields[0] === 'dueDate')
    return dueDate ? `Move ${subject} to ${formatDay(dueDate, now)}` : `Remove the due date of ${subject}`;
  if (fields.length === 1 && fields[0] === 'title') return `Rename ${subject}`;
  if (fields.length === 0) return `Edit ${subject}`;
  return `Change the ${listWords(fields.map(fieldWords))} of ${subject}`;
}

function length(minutes: number | null): string {
  return minutes === null ? 'time' : formatDuration(minutes);
}

/**
 * One queued change in words: "Create “Call printer” in Studio time · Marketing
 * Site", "Complete “X”", "Move “X” to Fri 24 Dec", "Log 1 h 30 min on “X”".
 */
export function describeOutboxChange(entry: DescribedChange, names: OutboxNames, now: Date = new Date()): string {
  const subject = quote(entry.title);
  switch (entry.op) {
    case 'task.create':
      return `Create ${subject} in ${place(entry, names)}`;
    case 'task.update':
      return describeEdit(entry, subject, now);
    case 'task.delete':
      return `Delete ${subject}`;
    case 'comment.add':
      return `Comment on ${subject}`;
    case 'time.create':
      return `Log ${length(entry.change.minutes)} on ${subject}`;
    case 'time.update':
      return `Change the time on ${subject} to ${length(entry.change.minutes)}`;
    case 'time.delete':
      return `Delete ${length(entry.change.minutes)} logged on ${subject}`;
    case 'note.create':
      return `Create the note ${subject} in ${place(entry, names)}`;
    case 'note.update':
      return `Edit the note ${subject}`;
    case 'conflict.resolve':
      return `Settle the conflict on ${subject}`;
    default:
      return `Send a change to ${subject} that Worktray no longer reads`;
  }
}
