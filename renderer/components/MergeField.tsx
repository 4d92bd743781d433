import type { FieldConflict } from '../../shared/model.js';
import { FIELD_LABELS, formatValue, type FieldChoice, type Side } from '../logic/merge.js';
import { DiffText } from './DiffText.js';

interface MergeFieldProps {
  field: string;
  values: FieldConflict;
  choice: FieldChoice;
  onChange: (choice: FieldChoice) => void;
}

/** One field: base, mine and theirs side by side, and the choice of which to keep (or an edited merge). */
export function MergeField({ field, values, choice, onChange }: MergeFieldProps) {
  const label = FIELD_LABELS[field] ?? field;
  const pick = (side: Side) => onChange({ side, text: side === 'edit' ? choice.text : formatValue(values[side]) });
  return (
    <fieldset className="merge-field" data-testid={`merge-field-${field}`}>
      <legend>{label}</legend>
      <div className="merge-columns">
        <div>
          <h4>Base</h4>
          <p className="merge-value">{formatValue(values.base) || <span className="muted">(empty)</span>}</p>
        </div>
        <div>
          <h4>Mine</h4>
          <p className="merge-value">
            <DiffText base={values.base} value={values.mine} />
          </p>
        </div>
        <div>
          <h4>Theirs</h4>
          <p className="merge-value">
            <DiffText base={values.base} value={values.theirs} />
          </p>
        </div>
      </div>
      <div className="row" role="radiogroup" aria-label={`Which ${label.toLowerCase()} to keep`}>
        {(['mine', 'theirs', 'edit'] as Side[]).map((side) => (
          <label key={side} className="radio">
            <input
              type="radio"
              name={`merge-${field}`}
              checked={choice.side === side}
              onChange={() => pick(side)}
              data-testid={`take-${side}-${field}`}
            />
            {side === 'mine' ? 'Take mine' : side === 'theirs' ? 'Take theirs' : 'Edit merged'}
          </label>
        ))}
      </div>
      {choice.side === 'edit' && (
        <label>
          Merged {label.toLowerCase()}
          <textarea
            rows={field === 'details' ? 4 : 1}
            value={choice.text}
            onChange={(e) => onChange({ side: 'edit', text: e.target.value })}
            data-testid={`merged-${field}`}
          />
        </label>
      )}
    </fieldset>
  );
}
