import { useApp } from '../store/hooks.js';

/** Workity notes of the task's project (its files, with downloads, are in TaskFiles). */
export function ItemsPanel() {
  const notes = useApp('detail', (s) => s.items).filter((item) => item.kind === 'note');
  return (
    <section aria-label="Notes">
      <h3>Notes in this project</h3>
      {notes.length === 0 ? (
        <p className="muted">No notes.</p>
      ) : (
        <ul className="comments">
          {notes.map((note) => (
            <li key={note.key}>
              <strong>{note.title}</strong>
              {note.details && <p>{note.details}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
