import type { TitleCount } from '../logic/titleLimit.js';

/**
 * The characters used near a service's title limit ("1,010 / 1,024 (WebWork Tracker’s limit)"), and
 * over it the sentence that says why saving is off. Announced politely, so
 * typing is not interrupted at every key.
 */
export function TitleCounter({ id, count }: { id: string; count: TitleCount }) {
  if (!count.isNear) return null;
  return (
    <small id={id} className={count.isOver ? 'title-count over' : 'title-count'} aria-live="polite" data-testid="title-count">
      <span data-testid="title-count-figure">{count.text}</span>
      {!count.problem && count.whose && ` (${count.whose})`}
      {count.problem && (
        <span className="title-count-problem" data-testid="title-too-long">
          {' '}
          {count.problem}
        </span>
      )}
    </small>
  );
}
