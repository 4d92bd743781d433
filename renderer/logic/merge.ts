import { diffWords } from 'diff';
import type { Conflict } from '../../shared/model.js';
import { splitList } from './listText.js';

export type Side = 'mine' | 'theirs' | 'edit';
export interface FieldChoice {
  side: Side;
  /** The merged text when side is 'edit'. */
  text: string;
}

export interface DiffPart {
  text: string;
  added: boolean;
  removed: boolean;
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => formatValue(item)).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/** Reads an edited merge value back into the field's type. */
export function parseValue(field: string, text: string): unknown {
  if (field === 'assignees' || field === 'tags') return splitList(text);
  if (field === 'priority') return text.trim() === '' ? null : Number(text);
  if (field === 'dueDate') return text.trim() === '' ? null : text.trim();
  return text;
}

/** Word-level differences from base to one side, so the change is visible inside the text. */
export function diffParts(base: unknown, side: unknown): DiffPart[] {
  return diffWords(formatValue(base), formatValue(side)).map((part) => ({
    text: part.value,
    added: part.added,
    removed: part.removed,
  }));
}

export function initialChoices(conflict: Conflict): Record<string, FieldChoice> {
  return Object.fromEntries(
    Object.entries(conflict.fields).map(([field, values]) => [field, { side: 'mine', text: formatValue(values.mine) }]),
  );
}

export type MergeResolution = { keep: 'mine' | 'theirs' } | { merged: Record<string, unknown> };

/** All mine or all theirs become `keep`; any mix or edit becomes a merged record of every field. */
export function buildResolution(conflict: Conflict, choices: Record<string, FieldChoice>): MergeResolution {
  const fields = Object.keys(conflict.fields);
  const sides = fields.map((field) => choices[field]?.side ?? 'mine');
  if (sides.every((side) => side === 'mine')) return { keep: 'mine' };
  if (sides.every((side) => side === 'theirs')) return { keep: 'theirs' };
  const merged: Record<string, unknown> = {};
  for (const field of fields) {
    const choice = choices[field] ?? { side: 'mine', text: '' };
    const values = conflict.fields[field]!;
    merged[field] = choice.side === 'edit' ? parseValue(field, choice.text) : values[choice.side];
  }
  return { merged };
}

export const KIND_LABELS: Record<Conflict['kind'], string> = {
  'write-write': 'Changed on both sides',
  'delete-write': 'Deleted on one side, changed on the other',
  'offline-edit': 'Edited offline while the server changed',
};

export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  details: 'Details',
  status: 'Status',
  dueDate: 'Due date',
  assignees: 'Assignees',
  tags: 'Tags',
  priority: 'Priority',
};
