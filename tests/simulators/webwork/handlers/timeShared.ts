import { ADMINS, requireRole, type WorkspaceAccess } from '../access.js';
import { FieldErrors, HttpFail, intField, type SimRequest } from '../reply.js';
import type { SimContract } from '../types.js';

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const toHhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The user a time call is about: yourself, or anyone when you are an owner/executive manager. */
export function subjectUser(req: SimRequest, access: WorkspaceAccess, required: boolean): number {
  const errors = new FieldErrors();
  const userId = intField(req, 'user_id', errors, required) ?? req.userId;
  errors.throwIfAny();
  if (userId !== req.userId) requireRole(access, ADMINS);
  if (!req.state.memberships.some((m) => m.workspace_id === access.workspaceId && m.user_id === userId)) {
    throw new HttpFail(404, 'Member not found.');
  }
  return userId;
}

export function userContract(req: SimRequest, access: WorkspaceAccess, userId: number, contractId: number | null): SimContract {
  const contract = req.state.contracts.find(
    (c) =>
      c.workspace_id === access.workspaceId &&
      c.user_id === userId &&
      c.status === 'active' &&
      (contractId === null ? !req.state.projects.find((p) => p.id === c.project_id)?.deleted_at : c.id === contractId),
  );
  if (!contract)
    throw new HttpFail(422, 'The selected contract id is invalid.', { contract_id: ['The selected contract id is invalid.'] });
  return contract;
}

export function checkTask(req: SimRequest, contract: SimContract, taskId: number | null): void {
  if (taskId === null) return;
  if (!req.state.tasks.some((t) => t.id === taskId && t.project_id === contract.project_id && !t.deleted_at)) {
    throw new HttpFail(422, 'The selected task id is invalid.', { task_id: ['The selected task id is invalid.'] });
  }
}
