import { basename, join } from 'node:path';
import type { FileDownload, FileEntry } from '../../../shared/contract.js';
import { AppError, toAppError, validationError } from '../../../shared/errors.js';
import { parseKey, PROVIDER_NAMES, type WorkityItem } from '../../../shared/model.js';
import { writePrivateFile } from '../files.js';
import type { ProviderSession } from '../providers/types.js';
import { putItem } from '../sync/sendNote.js';
import { requireTask } from './mutations.js';
import { findItem, listItems, type ItemDeps } from './notes.js';

export interface FileUpload {
  accountId: string;
  projectRemoteId: string;
  name: string;
  contentType?: string;
  /** The bytes, base64: the one form every host's transport carries unchanged. */
  base64: string;
}

export interface FileDeps extends ItemDeps {
  sessionOf: (accountId: string) => ProviderSession;
  /** The data folder: opened files are copied to files/<account> in it, private like the rest. */
  dataDir: string;
  openPath?: (path: string) => Promise<string>;
}

/** A service's file name as one safe name in our folder: no folders, no dot-files, nothing empty. */
export function localFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'));
  // Control characters and what Windows forbids become "_"; a leading dot would hide the file.
  const safe = [...base].map((c) => (c.charCodeAt(0) < 32 || '<>:"|?*'.includes(c) ? '_' : c)).join('');
  return safe.replace(/^\.+/, '').trim() || 'file';
}

function rowOf(item: WorkityItem): FileEntry {
  const size = Number(item.extras.size);
  return {
    key: item.key,
    accountId: item.accountId,
    projectRemoteId: item.projectRemoteId,
    remoteId: item.remoteId,
    name: item.title,
    size: Number.isFinite(size) ? size : null,
    contentType: typeof item.extras.contentType === 'string' ? item.extras.contentType : null,
    modifiedAt: item.updatedAt,
  };
}

/** Base64 that decodes to exactly what it says (Buffer.from silently skips junk). */
function decode(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.toString('base64') !== base64.replace(/\s/g, '')) throw validationError('base64', 'is not valid base64');
  if (bytes.length === 0) throw validationError('file', 'is empty; Workity stores no empty files');
  return bytes;
}

/**
 * Files are Workity items. An upload is sent at once and never queued: the
 * outbox keeps changes as JSON rows in the cache, and a file's bytes do not
 * belong there; offline, the caller hears `offline` and still has the file.
 */
export function createFileCommands(deps: FileDeps) {
  const { cache } = deps;
  const cachedFiles = (accountId: string): boolean => {
    const account = cache.accounts.get(accountId);
    if (!account) throw new AppError('not-found', `No account with id ${accountId}`, { field: 'account' });
    return deps.adapterOf(account.provider).capabilities.notesAndFiles;
  };
  const download = async (key: string) => {
    // A key of an account whose service keeps no files is answered with why, not "not in the cache".
    const owner = parseKey(key)?.accountId;
    if (owner && cache.accounts.get(owner) && !deps.sessionOf(owner).downloadFile) throw noFiles(owner);
    const file = findItem(cache, key, 'file');
    const session = deps.sessionOf(file.accountId);
    if (!session.downloadFile) throw new AppError('unsupported', 'This provider does not give file downloads');
    return { file, content: await session.downloadFile(file) };
  };
  const noFiles = (accountId: string): AppError => {
    const provider = cache.accounts.get(accountId)?.provider;
    const name = provider ? PROVIDER_NAMES[provider] : 'This service';
    return new AppError('unsupported', `${name} has no files attached to tasks or projects`, { provider, field: 'account' });
  };
  const liveFiles = (accountId: string) => {
    const session = deps.sessionOf(accountId);
    if (!session.listFiles) throw noFiles(accountId);
    return session as Required<Pick<ProviderSession, 'listFiles'>>;
  };
  const remember = (files: WorkityItem[]): WorkityItem[] => {
    cache.transaction(() => files.forEach((f) => putItem(cache, f)));
    return files;
  };
  return {
    /**
     * Workity files come from the cache (a pull brings them); services that list
     * files live (Worksection) are asked now, and what they list is cached so
     * `file get` finds it by key.
     */
    async list(filter: { accountId?: string; projectRemoteId?: string; taskKey?: string }): Promise<FileEntry[]> {
      if (filter.taskKey) {
        const task = requireTask(cache, filter.taskKey);
        if (cachedFiles(task.accountId)) return []; // Workity files belong to a project, never to a task
        return remember(await liveFiles(task.accountId).listFiles({ projectRemoteId: task.projectRemoteId, task })).map(rowOf);
      }
      const accounts = filter.accountId ? [filter.accountId] : cache.accounts.list().map((a) => a.id);
      const rows: FileEntry[] = [];
      for (const accountId of accounts) {
        if (cachedFiles(accountId)) {
          rows.push(...listItems(cache, 'file', accountId, filter.projectRemoteId).map(rowOf));
          continue;
        }
        const session = filter.accountId ? liveFiles(accountId) : deps.sessionOf(accountId);
        if (!session.listFiles) continue;
        const projects = filter.projectRemoteId
          ? [filter.projectRemoteId]
          : cache.records.projects(accountId).map((p) => p.remoteId);
        for (const projectRemoteId of projects)
          rows.push(...remember(await session.listFiles({ projectRemoteId, task: null })).map(rowOf));
      }
      return rows;
    },
    async add(input: FileUpload): Promise<FileEntry> {
      if (!cachedFiles(input.accountId)) {
        // Worksection takes files only attached to a new task or comment, and the seeds document no upload at all.
        const provider = cache.accounts.get(input.accountId)?.provider;
        const name = provider ? PROVIDER_NAMES[provider] : 'This service';
        throw new AppError('unsupported', `${name} takes no file uploads from Worktray; only Workity accounts do`, {
          provider,
          field: 'account',
        });
      }
      const session = deps.sessionOf(input.accountId);
      if (!session.uploadFile) throw new AppError('unsupported', 'This provider does not take file uploads');
      const bytes = decode(input.base64);
      const file = await session
        .uploadFile({
          projectRemoteId: input.projectRemoteId,
          name: input.name,
          contentType: input.contentType ?? 'application/octet-stream',
          bytes,
        })
        .catch((error: unknown) => {
          const e = toAppError(error);
          if (e.code !== 'offline') throw e;
          throw new AppError('offline', `Uploading a file needs a connection: ${e.message}`, {
            provider: e.provider,
            providerCode: e.providerCode,
            retryable: true,
          });
        });
      putItem(cache, file);
      return rowOf(file);
    },
    async get(key: string): Promise<FileDownload> {
      const { file, content } = await download(key);
      return {
        key: file.key,
        name: content.name,
        contentType: content.contentType,
        size: content.bytes.length,
        base64: content.bytes.toString('base64'),
      };
    },
    /** Writes the file to its account's private files folder and has the OS open it (the desktop app). */
    async open(key: string): Promise<{ path: string }> {
      if (!deps.openPath)
        throw new AppError('unsupported', 'Opening a file with its app needs the desktop app; here, Download saves it instead');
      const { file, content } = await download(key);
      const path = join(deps.dataDir, 'files', file.accountId, localFileName(content.name));
      writePrivateFile(path, content.bytes);
      const problem = await deps.openPath(path);
      if (problem)
        throw new AppError('unsupported', `${content.name} was saved but could not be opened: ${problem}`, { field: 'file' });
      return { path };
    },
  };
}

export type FileCommands = ReturnType<typeof createFileCommands>;
