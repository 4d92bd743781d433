import { useId, useState, type KeyboardEvent } from 'react';

export interface ComboOption {
  id: string;
  label: string;
  hint?: string;
}

interface ComboboxProps {
  label: string;
  options: ComboOption[];
  value: string | null;
  onChange: (id: string) => void;
  testId?: string;
  /** Off, with the reason's element id for screen readers (the reason is shown next to it). */
  disabled?: boolean;
  describedBy?: string;
  /** What the empty field says; "Type to filter <label>" when absent. */
  placeholder?: string;
}

export function filterOptions(options: ComboOption[], text: string): ComboOption[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((o) => words.every((w) => `${o.label} ${o.hint ?? ''}`.toLowerCase().includes(w)));
}

/** A picker that filters as you type (or Down shows all); arrows move, Enter or Tab picks, Esc backs out without closing the window. */
export function Combobox({ label, options, value, onChange, testId, disabled, describedBy, placeholder }: ComboboxProps) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const selected = options.find((o) => o.id === value);
  const open = text !== null;
  const shown = open ? filterOptions(options, text) : [];
  const pick = (option: ComboOption | undefined) => {
    if (option) onChange(option.id);
    setText(null);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!open) {
      // The whole list without typing, as a select would show it.
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setText('');
        setActive(0);
      }
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length === 0 ? 0 : (i + step + shown.length) % shown.length));
    } else if (e.key === 'Enter' || (e.key === 'Tab' && text !== '')) {
      if (e.key === 'Enter') e.preventDefault();
      e.stopPropagation();
      pick(shown[active]);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setText(null);
    }
  };
  return (
    <div className="combo">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${id}-${active}` : undefined}
        data-testid={testId}
        disabled={disabled}
        aria-describedby={describedBy}
        value={open ? text : (selected?.label ?? '')}
        placeholder={placeholder ?? `Type to filter ${label.toLowerCase()}`}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => setText(null)}
        onKeyDown={onKey}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" className="combo-list" aria-label={label}>
          {shown.length === 0 && <li className="muted">No match</li>}
          {shown.map((option, i) => (
            <li
              key={option.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
            >
              {option.label} {option.hint && <span className="muted">{option.hint}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
