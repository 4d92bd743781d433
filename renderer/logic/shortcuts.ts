/**
 * The one table of keyboard shortcuts: the key handlers, the command palette
 * and the `?` list all read it, so a key shown is a key that works.
 */
export type ShortcutId =
  | 'palette'
  | 'shortcuts'
  | 'new-task'
  | 'sync'
  | 'toggle-theme'
  | 'go-today'
  | 'go-upcoming'
  | 'go-all'
  | 'search'
  | 'move-down'
  | 'move-up'
  | 'first'
  | 'last'
  | 'page-down'
  | 'page-up'
  | 'extend-down'
  | 'extend-up'
  | 'select-all'
  | 'open'
  | 'toggle-done'
  | 'expand'
  | 'collapse'
  | 'close';

export type ShortcutScope = 'anywhere' | 'list';

/** One key press: `mod` is Ctrl, or ⌘ on a Mac. */
export interface KeyChord {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export interface Shortcut {
  id: ShortcutId;
  label: string;
  scope: ShortcutScope;
  chords: KeyChord[];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'palette', label: 'Open the command palette', scope: 'anywhere', chords: [{ key: 'k', mod: true }] },
  { id: 'shortcuts', label: 'Show keyboard shortcuts', scope: 'anywhere', chords: [{ key: '?' }] },
  { id: 'new-task', label: 'New task (quick add)', scope: 'anywhere', chords: [{ key: 'n' }] },
  { id: 'sync', label: 'Sync now', scope: 'anywhere', chords: [{ key: 's', shift: true }] },
  { id: 'toggle-theme', label: 'Switch light / dark theme', scope: 'anywhere', chords: [{ key: 't', shift: true }] },
  { id: 'go-today', label: 'Go to Today', scope: 'anywhere', chords: [{ key: 't' }] },
  { id: 'go-upcoming', label: 'Go to Upcoming', scope: 'anywhere', chords: [{ key: 'u' }] },
  { id: 'go-all', label: 'Go to All tasks', scope: 'anywhere', chords: [{ key: 'a' }] },
  { id: 'search', label: 'Search tasks', scope: 'list', chords: [{ key: '/' }] },
  { id: 'move-down', label: 'Next task', scope: 'list', chords: [{ key: 'j' }, { key: 'ArrowDown' }] },
  { id: 'move-up', label: 'Previous task', scope: 'list', chords: [{ key: 'k' }, { key: 'ArrowUp' }] },
  { id: 'first', label: 'First task', scope: 'list', chords: [{ key: 'Home' }] },
  { id: 'last', label: 'Last task', scope: 'list', chords: [{ key: 'End' }] },
  { id: 'page-down', label: 'A page down', scope: 'list', chords: [{ key: 'PageDown' }] },
  { id: 'page-up', label: 'A page up', scope: 'list', chords: [{ key: 'PageUp' }] },
  {
    id: 'extend-down',
    label: 'Extend the selection down',
    scope: 'list',
    chords: [
      { key: 'j', shift: true },
      { key: 'ArrowDown', shift: true },
    ],
  },
  {
    id: 'extend-up',
    label: 'Extend the selection up',
    scope: 'list',
    chords: [
      { key: 'k', shift: true },
      { key: 'ArrowUp', shift: true },
    ],
  },
  { id: 'select-all', label: 'Select every task in the list', scope: 'list', chords: [{ key: 'a', mod: true }] },
  { id: 'open', label: 'Open the task', scope: 'list', chords: [{ key: 'Enter' }] },
  { id: 'toggle-done', label: 'Complete or reopen', scope: 'list', chords: [{ key: 'x' }] },
  { id: 'expand', label: 'Show subtasks', scope: 'list', chords: [{ key: 'ArrowRight' }] },
  { id: 'collapse', label: 'Hide subtasks', scope: 'list', chords: [{ key: 'ArrowLeft' }] },
  { id: 'close', label: 'Close the task / clear the selection', scope: 'list', chords: [{ key: 'Escape' }] },
];

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Letters and named keys care about Shift; "?" and "/" already imply it or not, per layout. */
const shiftMatters = (key: string): boolean => key.length > 1 || /^[a-z]$/i.test(key);

export function chordMatches(chord: KeyChord, event: KeyLike): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) !== Boolean(chord.mod)) return false;
  if (event.key.toLowerCase() !== chord.key.toLowerCase()) return false;
  return !shiftMatters(chord.key) || event.shiftKey === Boolean(chord.shift);
}

/** The shortcut a key press means in `scopes`, if any. */
export function matchShortcut(event: KeyLike, scopes: readonly ShortcutScope[]): ShortcutId | null {
  const found = SHORTCUTS.find((s) => scopes.includes(s.scope) && s.chords.some((c) => chordMatches(c, event)));
  return found?.id ?? null;
}

const KEY_NAMES: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
};

/** "Ctrl+K" (or "⌘K" on a Mac), "Shift+J", "?". */
export function describeChord(chord: KeyChord, isMac: boolean): string {
  const key = KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  const parts = [chord.mod ? (isMac ? '⌘' : 'Ctrl') : null, chord.shift ? 'Shift' : null, key].filter(Boolean);
  return parts.join(isMac && chord.mod ? '' : '+');
}

export function shortcutKeys(id: ShortcutId, isMac: boolean): string[] {
  return SHORTCUTS.find((s) => s.id === id)?.chords.map((c) => describeChord(c, isMac)) ?? [];
}

export const isMacPlatform = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
