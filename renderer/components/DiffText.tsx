import { diffParts } from '../logic/merge.js';

/** A value with what changed since the base marked: insertions highlighted, deletions struck through. */
export function DiffText({ base, value }: { base: unknown; value: unknown }) {
  const parts = diffParts(base, value);
  if (parts.length === 0) return <span className="muted">(empty)</span>;
  return (
    <span className="diff">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i}>{part.text}</ins>
        ) : part.removed ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
