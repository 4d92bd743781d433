import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Task } from '../../shared/model.js';
import { isElectron } from '../api/createApi.js';
import { readAsBase64 } from '../api/readFile.js';
import { saveFile } from '../api/saveFile.js';
import { useApp, useStores } from '../store/hooks.js';
import { createTaskFilesStore } from '../store/taskFilesStore.js';
import { ErrorMessage } from './ErrorMessage.js';

function size(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Files of the open task (Worksection) or of its project (Workity), each with a
 * Download that fetches the bytes through the core: the page never sees the
 * service's URL or credentials. Workity takes uploads to the project (they
 * need a connection). Services without files show nothing.
 */
export function TaskFiles({ task }: { task: Task }) {
  const stores = useStores();
  const store = useMemo(() => createTaskFilesStore(stores.api, saveFile), [stores]);
  const { files, loading, supported, downloading, uploading, uploaded, error } = useStore(store);
  const { key, provider, accountId, projectRemoteId, remoteId } = task;
  // Only services that keep project files take uploads (the capability table); Worksection's are read-only here.
  // The desktop app opens a file with the OS's app for it; a browser downloads it.
  const desktop = isElectron();
  const verb = desktop ? 'Open' : 'Download';
  const canUpload = useApp('accounts', (s) => s.capabilities?.[provider]?.notesAndFiles === true);
  useEffect(
    () => void store.getState().load({ key, provider, accountId, projectRemoteId, remoteId }),
    [store, key, provider, accountId, projectRemoteId, remoteId],
  );
  if (!supported) return null;
  const where = provider === 'workity' ? 'in this project' : 'on this task';
  return (
    <section aria-label="Files" data-testid="task-files">
      <h3>Files {where}</h3>
      {loading ? (
        <p className="muted">Loading files…</p>
      ) : files.length === 0 ? (
        <p className="muted">No files {where}.</p>
      ) : (
        <ul className="comments">
          {files.map((file) => (
            <li key={file.key} className="row" data-testid="task-file">
              <strong>{file.name}</strong>
              <span className="muted">{size(file.size)}</span>
              <span className="spacer" />
              <button
                type="button"
                disabled={downloading !== null}
                onClick={() => void (desktop ? store.getState().open(file) : store.getState().download(file))}
                aria-label={`${verb} ${file.name}`}
              >
                {downloading === file.key ? `${desktop ? 'Opening' : 'Downloading'}…` : verb}
              </button>
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        <div className="row">
          <label className="file-pick">
            {uploading ? `Uploading ${uploading}…` : 'Add a file…'}
            <input
              type="file"
              className="visually-hidden"
              disabled={uploading !== null}
              data-testid="file-upload"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void store.getState().upload(task, file, () => readAsBase64(file));
              }}
            />
          </label>
          {uploaded && (
            <span className="muted" role="status" data-testid="file-uploaded">
              {uploaded}
            </span>
          )}
        </div>
      )}
      {error && <ErrorMessage error={error} alert />}
    </section>
  );
}
