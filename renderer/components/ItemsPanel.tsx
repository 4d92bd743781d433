import { useApp } from '../store/hooks.js';

function downloadUrl(extras: Record<string, unknown>): string | null {
  const url = extras.url ?? extras.downloadUrl ?? extras.link;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}

/** Workity notes and files of the task's project; a file opens through its download link. */
export function ItemsPanel() {
  const items = useApp('detail', (s) => s.items);
  return (
    <section aria-label="Notes and files">
      <h3>Notes and files in this project</h3>
      {items.length === 0 ? (
        <p className="muted">No notes or files.</p>
      ) : (
        <ul className="comments">
          {items.map((item) => {
            const url = item.kind === 'file' ? downloadUrl(item.extras) : null;
            return (
              <li key={item.key}>
                <span className="pill">{item.kind === 'note' ? 'Note' : 'File'}</span>{' '}
                {url ? (
                  <a href={url} target="_blank" rel="noreferrer noopener">
                    {item.title}
                  </a>
                ) : (
                  <strong>{item.title}</strong>
                )}
                {item.details && <p>{item.details}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
