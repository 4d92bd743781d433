import { PRIORITY_LEVELS, type PriorityLevel } from '../../../shared/priority.js';
import { PRIORITY_WORDS } from '../PriorityMarker.js';
import { Gated } from './GateNote.js';
import type { FieldGate } from './useFieldGate.js';

interface PriorityFieldProps {
  value: PriorityLevel | null;
  onChange: (level: PriorityLevel | null) => void;
  gate: FieldGate;
}

/** The four levels every service with priorities has (shared/priority.ts maps them to its numbers). */
export function PriorityField({ value, onChange, gate }: PriorityFieldProps) {
  return (
    <Gated gate={gate} flag="priority">
      <label>
        Priority
        <select
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as PriorityLevel))}
          data-testid="edit-priority"
          {...gate.props('priority')}
        >
          {value === null && <option value="">No priority</option>}
          {PRIORITY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {PRIORITY_WORDS[level]}
            </option>
          ))}
        </select>
      </label>
    </Gated>
  );
}
