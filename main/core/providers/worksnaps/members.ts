import { AppError } from '../../../../shared/errors.js';
import type { Member } from '../../../../shared/model.js';
import type { PullContext } from './pull.js';
import type { User } from './schema.js';

/** Forbidden and not-found mean "not for this token to see": skipped, never a failed sync. */
function isOutOfSight(error: unknown): boolean {
  return error instanceof AppError && (error.code === 'forbidden' || error.code === 'not-found');
}

export function toMember(accountId: string, user: User): Member {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.login || user.email || user.id;
  return { accountId, remoteId: user.id, name, email: user.email || null, ref: user.id };
}

/**
 * The people of the user's projects: Worksnaps lists them as project user
 * assignments (a manager sees them; a member may be refused), then each user's
 * name and e-mail is read. Tasks name assignees by user id, so that is the ref.
 */
export async function projectMembers(pc: PullContext, projectIds: string[], alsoUserIds: string[]): Promise<Member[]> {
  const ids = new Set<string>([pc.userId, ...alsoUserIds]);
  for (const projectId of projectIds) {
    try {
      for (const a of await pc.client.listUserAssignments(projectId)) ids.add(a.user_id);
    } catch (error) {
      if (!isOutOfSight(error)) throw error;
      pc.log.info(`no user assignments for project ${projectId}`);
    }
  }
  const members: Member[] = [];
  for (const id of ids) {
    try {
      members.push(toMember(pc.accountId, await pc.client.getUser(id)));
    } catch (error) {
      if (!isOutOfSight(error)) throw error;
      pc.log.info(`user ${id} is not visible to this token`);
    }
  }
  return members;
}
