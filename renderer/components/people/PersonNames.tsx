import { labelPeople } from '../../logic/people.js';
import { useApp } from '../../store/hooks.js';

interface PersonNamesProps {
  accountId: string;
  /** Task.assignees: the service's refs. */
  refs: readonly string[];
  className?: string;
  /** Shown when no one is assigned; nothing when absent. */
  empty?: string;
}

/**
 * Assignees by name, the e-mail on hover; an id the account's people don't
 * know reads "Unknown person" (the id only in the hover text).
 */
export function PersonNames({ accountId, refs, className, empty }: PersonNamesProps) {
  const index = useApp('members', (s) => s.index);
  if (refs.length === 0) return empty ? <span className={className}>{empty}</span> : null;
  const people = labelPeople(index, accountId, refs);
  return (
    <span className={className} data-testid="assignees">
      {people.map((person, i) => (
        <span key={person.ref}>
          {i > 0 && ', '}
          <span className={person.known ? 'person' : 'person unknown'} title={person.title} data-testid="person">
            {person.text}
          </span>
        </span>
      ))}
    </span>
  );
}
