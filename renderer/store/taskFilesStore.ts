import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, FileEntry } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Task } from '../../shared/model.js';

/** What a file listing needs of the open task. */
export type FilesOf = Pick<Task, 'key' | 'provider' | 'accountId' | 'projectRemoteId' | 'remoteId'>;
import { call, errorPayload, toPayload } from '../api/result.js';

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
  /** The name of the file being uploaded now, and the last upload's outcome in words. */
  uploading: string | null;
  uploaded: string | null;
  load(task: FilesOf): Promise<void>;
  download(file: FileEntry): Promise<void>;
  /** The desktop app: the core keeps a private copy and the OS opens it with its app. */
  open(file: FileEntry): Promise<void>;
  /** Uploads a file the user picked to the task's project (Workity); it needs a connection, nothing is queued. */
  upload(task: FilesOf, file: Pick<File, 'name' | 'type' | 'size'>, read: () => Promise<string>): Promise<void>;
}

/** What files:add takes, as 64 MiB of bytes in base64 (shared/contract.ts). */
export const UPLOAD_MAX_BYTES = 64 * 1024 * 1024;

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
    uploading: null,
    uploaded: null,
    error: null,
    async load(task) {
      set({ forKey: task.key, files: [], loading: true, error: null, uploaded: null });
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
    async open(file) {
      set({ downloading: file.key, error: null });
      try {
        await call(api, 'files:open', { key: file.key });
        set({ downloading: null });
      } catch (error) {
        set({ downloading: null, error: toPayload(error) });
      }
    },
    async upload(task, file, read) {
      if (file.size > UPLOAD_MAX_BYTES) {
        set({
          error: errorPayload('validation', `${file.name} is too large: Workity takes files up to 64 MB.`, { field: 'file' }),
        });
        return;
      }
      set({ uploading: file.name, uploaded: null, error: null });
      try {
        const added = await call(api, 'files:add', {
          accountId: task.accountId,
          projectRemoteId: task.projectRemoteId,
          name: file.name,
          ...(file.type ? { contentType: file.type } : {}),
          base64: await read(),
        });
        if (get().forKey !== task.key) return set({ uploading: null });
        set((s) => ({
          uploading: null,
          uploaded: `${added.name} is on Workity now.`,
          files: [added, ...s.files.filter((f) => f.key !== added.key)],
        }));
      } catch (error) {
        set({ uploading: null, error: toPayload(error) });
      }
    },
  }));
}
