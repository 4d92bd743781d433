import { PROVIDER_NAMES } from '../../../shared/model.js';
import type { ParsedTitle } from '../../../shared/quickAdd/parseTitle.js';
import type { QuickAddPlan } from '../../../shared/quickAdd/plan.js';
import { describeDue } from '../../logic/dates.js';

/** "tomorrow" inside a sentence, "Fri 11 Dec" as it is. */
function dueWords(date: string, now: Date): string {
  const words = describeDue(date, now);
  return /^(?:Today|Tomorrow|Yesterday)$/.test(words) ? words.toLowerCase() : words;
}

const LEVEL_WORDS = { urgent: 'urgent', high: 'high', normal: 'normal', low: 'low' } as const;

/** One sentence saying what Enter will do, and why any part read from the title won't be sent. */
export function Preview({ parsed, plan, now }: { parsed: ParsedTitle; plan: QuickAddPlan; now: Date }) {
  if (!plan.title && parsed.parts.length === 0) return null;
  const where = plan.account
    ? `${PROVIDER_NAMES[plan.account.provider]} · ${plan.project?.name ?? 'no project yet'}`
    : 'no account yet';
  const extras = [
    plan.dueDate && `due ${dueWords(plan.dueDate, now)}${plan.dueTime ? ` ${plan.dueTime}` : ''}`,
    plan.assignee && parsed.person && `for ${parsed.person.name}`,
    plan.priority !== null && parsed.priority && `${LEVEL_WORDS[parsed.priority]} priority`,
    plan.tags.length > 0 && `tagged ${plan.tags.join(', ')}`,
  ].filter(Boolean);
  return (
    <div className="qa-preview" data-testid="qa-preview" aria-live="polite">
      <p>
        Adds <strong>“{plan.title || '…'}”</strong> to <strong data-testid="qa-preview-where">{where}</strong>
        {extras.length > 0 ? `, ${extras.join(', ')}` : ''}.
      </p>
      {plan.dueTime && <p className="muted">Services keep a due day only: {plan.dueTime} is shown here, not saved.</p>}
      {plan.dropped.map((d) => (
        <p key={d.kind} className="cap-note" data-testid={`qa-dropped-${d.kind}`}>
          Not sent: {d.reason}
        </p>
      ))}
    </div>
  );
}
