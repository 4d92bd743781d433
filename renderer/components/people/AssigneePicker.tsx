import { useId } from 'react';
import { labelPeople } from '../../logic/people.js';
import { useApp } from '../../store/hooks.js';
import { Combobox, type ComboOption } from '../Combobox.js';

interface AssigneePickerProps {
  accountId: string;
  /** The chosen people as the service's refs (Task.assignees). */
  value: string[];
  onChange: (refs: string[]) => void;
  /** Worksection: picking someone replaces whoever was there. */
  single: boolean;
  /** Off, with the id of the reason shown next to it. */
  disabledBy?: string;
}

/**
 * The assignee field: the chosen people by name, each with a Remove button,
 * and a type-ahead over the account's people (members:list) to add one. Only
 * people the account can see are offered, so no one types an id.
 */
export function AssigneePicker({ accountId, value, onChange, single, disabledBy }: AssigneePickerProps) {
  const id = useId();
  const members = useApp('members', (s) => s.members);
  const index = useApp('members', (s) => s.index);
  const chosen = labelPeople(index, accountId, value);
  const options: ComboOption[] = members
    .filter((m) => m.accountId === accountId && !value.includes(m.ref))
    .map((m) => ({ id: m.ref, label: m.name.trim() || m.email || 'Unnamed person', hint: m.name.trim() ? (m.email ?? '') : '' }));
  const add = (ref: string) => onChange(single ? [ref] : [...value, ref]);
  const label = single ? 'Assignee' : 'Assignees';
  return (
    <div className="assignee-picker" data-testid="assignee-picker">
      <Combobox
        label={label}
        options={options}
        value={null}
        onChange={add}
        testId="edit-assignees"
        disabled={disabledBy !== undefined}
        describedBy={disabledBy}
        placeholder={single ? 'Type a name to assign (replaces)' : 'Type a name to add someone'}
      />
      <ul className="assignee-chips" id={`${id}-chosen`} aria-label={`${label} chosen`}>
        {chosen.length === 0 && <li className="muted">No one assigned</li>}
        {chosen.map((person) => (
          <li key={person.ref} className="assignee-chip" data-testid="assignee-chip">
            <span title={person.title}>{person.text}</span>
            {disabledBy === undefined && (
              <button
                type="button"
                className="link"
                aria-label={`Remove ${person.text}`}
                onClick={() => onChange(value.filter((ref) => ref !== person.ref))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
