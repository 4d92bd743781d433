import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, FileEntry } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Task } from '../../shared/model.js';

/** What a file listing needs of the open task. */
export type FilesOf = Pick<Task, 'key' | 'provider' | 'accountId' | 'projectRemoteId' | 'remoteId'>;
import { call, toPayload } from '../api/result.js';

/** The files of the open task (Worksection task files, or its Workity project's files) and their downloads. */
export interface TaskFilesState {
  forKey: string | null;
  files: FileEntry[];
  loading: boolean;
  /** False when the task's service keeps no files (the listing answered `unsupported`). */
  supported: boolean;
  /** The file being downloaded now. */
  downloading: string | null;
  error: ErrorPayload | null;
  load(task: FilesOf): Promise<void>;
  download(file: FileEntry): Promise<void>;
}

/** `save` hands the bytes to the platform (a browser download). */
export function createTaskFilesStore(
  api: Api,
  save: (name: string, contentType: string, base64: string) => void,
): StoreApi<TaskFilesState> {
  return createStore<TaskFilesState>()((set, get) => ({
    forKey: null,
    files: [],
    loading: false,
    supported: true,
    downloading: null,
    error: null,
    async load(task) {
      set({ forKey: task.key, files: [], loading: true, error: null });
      // A task made here and not sent yet has no files on the service to ask for.
      if (task.remoteId === null && task.provider !== 'workity') return set({ loading: false });
      try {
        // Worksection keeps files on tasks; Workity's belong to the task's project.
        const files = await call(
          api,
          'files:list',
          task.provider === 'workity'
            ? { accountId: task.accountId, projectRemoteId: task.projectRemoteId }
            : { taskKey: task.key },
        );
        if (get().forKey === task.key) set({ files, loading: false });
      } catch (error) {
        const payload = toPayload(error);
        if (get().forKey !== task.key) return;
        set({ loading: false, ...(payload.code === 'unsupported' ? { supported: false } : { error: payload }) });
      }
    },
    async download(file) {
      set({ downloading: file.key, error: null });
      try {
        const got = await call(api, 'files:get', { key: file.key });
        save(got.name || file.name, got.contentType, got.base64);
        set({ downloading: null });
      } catch (error) {
        set({ downloading: null, error: toPayload(error) });
      }
    },
  }));
}
