import { validationError } from '../../../../shared/errors.js';
import type { Task, TaskPatch } from '../../../../shared/model.js';
import type { WorkityClient } from './client.js';
import { CONFLICT_KEYWORDS } from './conflictItems.js';
import { checkKeyword, checkTitle, dueDateToWire } from './validate.js';
import { wireId } from './wireArgs.js';

const PROVIDER = 'workity';

/**
 * What Workity would refuse, refused before anything is sent. A conflict
 * keyword already on the task passes (it may be kept or removed, as the seed
 * resolves conflicts); only the server may add one.
 */
export function checkPatch(patch: TaskPatch, base: Task): void {
  if (patch.title !== undefined) checkTitle('title', patch.title);
  if (patch.dueDate !== undefined) dueDateToWire(patch.dueDate);
  if (patch.status === 'doing') throw validationError('status', 'Workity tasks are either open or done', PROVIDER);
  if (patch.priority !== undefined && patch.priority !== null)
    throw validationError('priority', 'Workity tasks have no priority', PROVIDER);
  for (const tag of patch.tags ?? []) {
    if (!CONFLICT_KEYWORDS.has(tag)) checkKeyword(tag, 'tags');
    else if (!base.tags.includes(tag))
      throw validationError('tags', `${tag} is set by Workity when a conflict happens, not by hand`, PROVIDER);
  }
}

function added<T>(next: T[], before: T[]): T[] {
  return next.filter((x) => !before.includes(x));
}

/** Assignee names become PersonIDs through the project team; tags become keyword ids through GetKeywordID. */
export async function applyPeople(client: WorkityClient, base: Task, patch: TaskPatch): Promise<void> {
  const ref = { taskIds: [wireId('remoteId', base.remoteId ?? '')] };
  if (patch.assignees !== undefined) {
    const team = await client.getProjectTeam(base.projectRemoteId);
    const idOf = (name: string): string => {
      const person = team.find((p) => p.Name.toLowerCase() === name.toLowerCase());
      if (!person) throw validationError('assignees', `"${name}" is not a member of this Workity project`, PROVIDER);
      return person.PersonID;
    };
    const next = patch.assignees.map(idOf);
    const before = base.assignees.flatMap((name) => team.filter((p) => p.Name === name).map((p) => p.PersonID));
    if (added(next, before).length > 0) await client.addPersons(ref, added(next, before));
    if (added(before, next).length > 0) await client.removePersons(ref, added(before, next));
  }
  if (patch.tags !== undefined) {
    const toAdd = added(patch.tags, base.tags);
    const toRemove = added(base.tags, patch.tags);
    // The conflict keywords have fixed ids (seed: 1 and 2); GetKeywordID would refuse their length.
    const idOf = (name: string): Promise<string> => {
      const fixed = CONFLICT_KEYWORDS.get(name);
      return fixed === undefined ? client.getKeywordId(name) : Promise.resolve(fixed);
    };
    const idsOf = (names: string[]): Promise<string[]> => Promise.all(names.map(idOf));
    if (toAdd.length > 0) await client.addKeywords(ref, await idsOf(toAdd));
    if (toRemove.length > 0) await client.removeKeywords(ref, await idsOf(toRemove));
  }
}
