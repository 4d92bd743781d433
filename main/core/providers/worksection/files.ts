import { validationError } from '../../../../shared/errors.js';
import { recordKey, type Task, type WorkityItem } from '../../../../shared/model.js';
import type { FileContent } from '../types.js';
import type { WorksectionApi } from './api.js';
import { localStamp } from './dates.js';
import type { WireFile } from './schema.js';

/*
 * Worksection task and project files: get_files lists them, download gives the
 * bytes. The seeds name neither action (they only say files can be "got"), so
 * both follow the simulator's reading of the public API; a different reply
 * shape fails in FileSchema with a protocol error naming get_files.
 */

function toFile(accountId: string, projectRemoteId: string, task: Task | null, wire: WireFile): WorkityItem {
  const added = (wire as { date_added?: unknown }).date_added;
  return {
    key: recordKey('worksection', accountId, 'file', wire.id),
    accountId,
    kind: 'file',
    projectRemoteId,
    remoteId: wire.id,
    title: wire.name,
    details: '',
    revision: null,
    updatedAt: localStamp(typeof added === 'string' ? added : undefined),
    extras: { size: wire.size ?? null, taskRemoteId: task?.remoteId ?? null },
  };
}

/** The files of one task, or of a project when `task` is null. */
export async function listFiles(
  api: WorksectionApi,
  accountId: string,
  scope: { projectRemoteId: string; task: Task | null },
): Promise<WorkityItem[]> {
  const { task } = scope;
  if (task && !task.remoteId) throw validationError('task', 'this task has not reached Worksection yet', 'worksection');
  const target = task
    ? { project: scope.projectRemoteId, task: task.remoteId!, parent: task.parentRemoteId }
    : { project: scope.projectRemoteId };
  return (await api.files(target)).map((f) => toFile(accountId, scope.projectRemoteId, task, f));
}

export async function downloadFile(api: WorksectionApi, file: WorkityItem): Promise<FileContent> {
  const got = await api.client.download(file.remoteId);
  return { name: got.name ?? file.title, contentType: 'application/octet-stream', bytes: got.bytes };
}
