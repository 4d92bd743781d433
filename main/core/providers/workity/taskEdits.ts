import { validationError } from '../../../../shared/errors.js';
import type { Task, TaskPatch } from '../../../../shared/model.js';
import type { WorkityClient } from './client.js';
import { checkKeyword, checkTitle, dueDateToWire } from './validate.js';

const PROVIDER = 'workity';

/** What Workity would refuse, refused before anything is sent. */
export function checkPatch(patch: TaskPatch): void {
  if (patch.title !== undefined) checkTitle('title', patch.title);
  if (patch.dueDate !== undefined) dueDateToWire(patch.dueDate);
  if (patch.status === 'doing') throw validationError('status', 'Workity tasks are either open or done', PROVIDER);
  if (patch.priority !== undefined && patch.priority !== null)
    throw validationError('priority', 'Workity tasks have no priority', PROVIDER);
  for (const tag of patch.tags ?? []) checkKeyword(tag, 'tags');
}

function added<T>(next: T[], before: T[]): T[] {
  return next.filter((x) => !before.includes(x));
}

/** Assignee names become PersonIDs through the project team; tags become keyword ids through GetKeywordID. */
export async function applyPeople(client: WorkityClient, base: Task, patch: TaskPatch): Promise<void> {
  const ref = { taskIds: [Number(base.remoteId)] };
  if (patch.assignees !== undefined) {
    const team = await client.getProjectTeam(Number(base.projectRemoteId));
    const idOf = (name: string): number => {
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
    const idsOf = (names: string[]): Promise<number[]> => Promise.all(names.map((name) => client.getKeywordId(name)));
    if (toAdd.length > 0) await client.addKeywords(ref, await idsOf(toAdd));
    if (toRemove.length > 0) await client.removeKeywords(ref, await idsOf(toRemove));
  }
}
