import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import { PROVIDER_NAMES, type ProviderId } from '../../../shared/model.js';
import { rankByName } from '../../../shared/quickAdd/match.js';
import { markAtCaret, type PersonOption, type ProjectOption } from '../../../shared/quickAdd/parseTitle.js';

interface TitleInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  projects: ProjectOption[];
  /** People of the account the task goes to. */
  people: PersonOption[];
  accountId: string | null;
  providerOf: (accountId: string) => ProviderId | null;
  /** Backspace at the start of the title takes back the last chip. */
  onBackspaceAtStart: () => void;
  describedBy?: string;
}

interface Suggestion {
  id: string;
  name: string;
  hint: string;
}

/**
 * The title field with a type-ahead after # (every account's projects) and @
 * (the target account's people): arrows move, Enter or Tab picks and writes
 * the whole name, Esc closes the list before it closes the window.
 */
export const TitleInput = forwardRef<HTMLInputElement, TitleInputProps>(function TitleInput(props, ref) {
  const id = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<string | null>(null);
  const mark = caret === null ? null : markAtCaret(props.value, caret);
  const suggestions: Suggestion[] = !mark
    ? []
    : mark.kind === 'project'
      ? rankByName(mark.query, props.projects, (p) => p.accountId === props.accountId)
          .slice(0, 6)
          .map((p) => {
            const provider = props.providerOf(p.accountId);
            return { id: `${p.accountId}:${p.remoteId}`, name: p.name, hint: provider ? PROVIDER_NAMES[provider] : '' };
          })
      : rankByName(mark.query, props.people)
          .slice(0, 6)
          .map((p) => ({ id: `${p.accountId}:${p.name}`, name: p.name, hint: p.email ?? '' }));
  const open = mark !== null && suggestions.length > 0 && closedAt !== props.value;
  const pick = (s: Suggestion | undefined) => {
    if (!s || !mark || caret === null) return;
    const symbol = mark.kind === 'project' ? '#' : '@';
    const after = props.value.slice(caret).replace(/^\S*/, '');
    const next = `${props.value.slice(0, mark.start)}${symbol}${s.name} ${after.trimStart()}`;
    props.onChange(next);
    setCaret(mark.start + s.name.length + 2);
    setActive(0);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
    } else if (open && (e.key === 'Enter' || e.key === 'Tab') && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      pick(suggestions[Math.min(active, suggestions.length - 1)]);
    } else if (open && e.key === 'Escape') {
      e.stopPropagation();
      setClosedAt(props.value);
    } else if (e.key === 'Backspace' && input.selectionStart === 0 && input.selectionEnd === 0) {
      e.preventDefault();
      props.onBackspaceAtStart();
    }
  };
  const listId = `${id}-list`;
  return (
    <div className="combo qa-title-combo">
      <input
        ref={ref}
        id={props.id}
        className="qa-title"
        value={props.value}
        placeholder="Pay rent tomorrow 5pm #project @person !2 +tag"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={props.describedBy}
        aria-activedescendant={open ? `${id}-${Math.min(active, suggestions.length - 1)}` : undefined}
        onChange={(e) => {
          props.onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onBlur={() => setCaret(null)}
        onKeyDown={onKey}
        data-testid="qa-title"
      />
      {open && (
        <ul id={listId} role="listbox" className="combo-list" aria-label={mark.kind === 'project' ? 'Projects' : 'People'}>
          {suggestions.map((s, i) => (
            <li
              key={s.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-testid="qa-suggestion"
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              {s.name} {s.hint && <span className="muted">{s.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
