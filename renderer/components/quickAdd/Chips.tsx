import { useRef, type KeyboardEvent } from 'react';
import type { ProviderId } from '../../../shared/model.js';
import { partKey, type TitlePart } from '../../../shared/quickAdd/parseTitle.js';
import type { Dropped } from '../../../shared/quickAdd/plan.js';
import { CHIP_MARK, chipLabel } from './chipLabel.js';

interface ChipsProps {
  parts: TitlePart[];
  dropped: Dropped[];
  now: Date;
  providerOf: (accountId: string) => ProviderId | null;
  /** Keeps a part's words in the title instead of reading them. */
  onRemove: (key: string) => void;
  /** Where focus goes when the last chip is removed. */
  onEmpty: () => void;
}

/**
 * What the title was read as, one chip per part. Backspace or Delete on a chip
 * takes it back: its words stay in the title as typed. A part the service
 * can't take is marked "not sent" with the capability table's reason.
 */
export function Chips({ parts, dropped, now, providerOf, onRemove, onEmpty }: ChipsProps) {
  const list = useRef<HTMLUListElement>(null);
  if (parts.length === 0) return null;
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number, part: TitlePart) => {
    if (e.key !== 'Backspace' && e.key !== 'Delete') return;
    e.preventDefault();
    onRemove(partKey(part));
    const buttons = list.current?.querySelectorAll('button');
    const next = buttons?.[index > 0 ? index - 1 : index + 1];
    if (next) next.focus();
    else onEmpty();
  };
  return (
    <ul className="qa-chips" aria-label="Read from the title" ref={list} data-testid="qa-chips">
      {parts.map((part, i) => {
        const reason = dropped.find((d) => d.kind === part.kind)?.reason;
        const unmatched = (part.kind === 'project' && !part.project) || (part.kind === 'person' && !part.person);
        const label = chipLabel(part, now, providerOf);
        return (
          <li key={`${part.kind}-${part.start}`}>
            <button
              type="button"
              className={`qa-chip ${part.kind}${reason || unmatched ? ' dropped' : ''}`}
              data-testid={`qa-chip-${part.kind}`}
              title={reason ?? `“${part.text}”. Backspace keeps these words in the title.`}
              aria-label={`${label}${reason ? `, not sent: ${reason}` : ''}. Backspace keeps “${part.text}” as words.`}
              onKeyDown={(e) => onKey(e, i, part)}
              onClick={() => onRemove(partKey(part))}
            >
              {CHIP_MARK[part.kind] && (
                <span aria-hidden="true" className="qa-chip-mark">
                  {CHIP_MARK[part.kind]}
                </span>
              )}
              {label}
              {reason && <span className="qa-chip-note"> · not sent</span>}
              <span aria-hidden="true" className="qa-chip-x">
                ×
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
