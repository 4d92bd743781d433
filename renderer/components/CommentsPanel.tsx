import { useState } from 'react';
import { useApp, useStores } from '../store/hooks.js';

/** Worksection task comments, newest last, with a box to add one. */
export function CommentsPanel() {
  const stores = useStores();
  const comments = useApp('detail', (s) => s.comments);
  const [text, setText] = useState('');
  const add = async () => {
    if (await stores.detail.getState().addComment(text)) setText('');
  };
  return (
    <section aria-label="Comments">
      <h3>Comments</h3>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ul className="comments">
          {comments.map((c) => (
            <li key={c.remoteId}>
              <strong>{c.author ?? 'Someone'}</strong>{' '}
              <span className="muted">{c.createdAt ? new Date(c.createdAt).toLocaleString() : ''}</span>
              <p>{c.text}</p>
            </li>
          ))}
        </ul>
      )}
      <label>
        Add a comment
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" onClick={() => void add()} disabled={!text.trim()}>
        Post comment
      </button>
    </section>
  );
}
