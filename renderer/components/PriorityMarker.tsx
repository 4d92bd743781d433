import type { ProviderId } from '../../shared/model.js';
import { priorityLevel, type PriorityLevel } from '../../shared/priority.js';

export const PRIORITY_WORDS: Record<PriorityLevel, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

/**
 * A task's priority where its service has one, in words (a colour only
 * repeats them). Normal is the common case, so it is left unmarked to keep
 * rows quiet; the detail pane shows every level.
 */
export function PriorityMarker({ provider, value }: { provider: ProviderId; value: number | null }) {
  const level = priorityLevel(provider, value);
  if (!level || level === 'normal') return null;
  return (
    <span className={`pill priority priority-${level}`} title={`Priority: ${PRIORITY_WORDS[level]}`} data-testid="row-priority">
      <span className="visually-hidden">Priority: </span>
      {PRIORITY_WORDS[level]}
    </span>
  );
}
