import { capitalize } from './words.js';

/*
 * The fields of the contract and the providers' own checks, in the words the
 * forms use. A field missing here is spelt out from its name ("parentRemoteId"
 * -> "Parent"), so a new field still reads as words, only less well.
 */
const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  name: 'name',
  details: 'description',
  description: 'description',
  dueDate: 'due date',
  due: 'due date',
  status: 'status',
  priority: 'priority',
  assignees: 'assignees',
  assignee: 'assignee',
  tags: 'tags',
  accountId: 'account',
  account: 'account',
  projectRemoteId: 'project',
  project: 'project',
  parentRemoteId: 'parent task',
  key: 'item',
  id: 'item',
  task: 'task',
  remoteId: 'task',
  text: 'text',
  note: 'note',
  start: 'start',
  end: 'end',
  minutes: 'length',
  from: 'start date',
  to: 'end date',
  toDate: 'end date',
  fromDate: 'start date',
  email: 'e-mail address',
  baseUrl: 'address',
  label: 'account name',
  token: 'token',
  apiKey: 'API key',
  password: 'password',
  passphrase: 'passphrase',
  searchString: 'search',
  query: 'search',
  bytes: 'file',
  base64: 'file',
  contentType: 'file type',
  revision: 'revision',
  merged: 'merged values',
  keep: 'choice',
  changes: 'changes',
  settings: 'settings',
  payload: 'change',
  out: 'output file',
  path: 'file',
  channel: 'request',
  message: 'message',
  input: 'request',
};

/** The fields that hold a calendar day: a bad value there is asked for as "a date like 2026-12-24". */
const DATE_FIELDS = new Set(['dueDate', 'due', 'from', 'to', 'fromDate', 'toDate', 'date']);

/** The last named step of a path: "patch.dueDate" -> "dueDate", "assignees.0" -> "assignees". */
export function fieldName(path: string): string {
  const steps = path.split('.').filter((step) => step !== '' && !/^\d+$/.test(step));
  return steps[steps.length - 1] ?? path;
}

/** A field's path in words, lower case: "patch.dueDate" -> "due date". */
export function fieldWords(path: string): string {
  const name = fieldName(path);
  const known = FIELD_WORDS[name];
  if (known) return known;
  const spelt = name
    .replace(/RemoteId$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return spelt || 'value';
}

/** The field as a sentence starts with it: "Due date". */
export function fieldLabel(path: string): string {
  return capitalize(fieldWords(path));
}

export function isDateField(path: string): boolean {
  return DATE_FIELDS.has(fieldName(path));
}
