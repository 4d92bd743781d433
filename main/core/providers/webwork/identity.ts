import { AppError } from '../../../../shared/errors.js';
import type { WebworkClient } from './client.js';
import { PROVIDER } from './schema.js';
import { listWorkspaces } from './workspaceApi.js';

/** Which workspace an account works in, and who the token belongs to there. */
export interface Identity {
  workspaceId: number;
  workspaceName: string | null;
  userId: number | null;
  role: string | null;
}

function optionalId(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

/**
 * Reads the workspaces the token sees (each row carries the caller's own user id and role)
 * and picks the account's chosen one, or the first when none was chosen.
 */
export async function resolveIdentity(client: WebworkClient, settings: Record<string, unknown>): Promise<Identity> {
  const workspaces = await listWorkspaces(client);
  const wanted = optionalId(settings.workspace);
  const first = workspaces[0];
  if (!first) {
    throw new AppError(
      'forbidden',
      'WebWork Tracker: this token sees no workspace (the API is open to owners and executive managers)',
      {
        provider: PROVIDER,
        field: 'workspace',
      },
    );
  }
  const chosen = wanted === null ? first : workspaces.find((w) => w.id === wanted);
  if (!chosen) {
    const seen = workspaces.map((w) => `${w.id} (${w.workspace_name ?? 'unnamed'})`).join(', ');
    throw new AppError('validation', `WebWork Tracker: workspace ${wanted} is not visible to this token; it sees ${seen}`, {
      provider: PROVIDER,
      field: 'workspace',
    });
  }
  return {
    workspaceId: chosen.id,
    workspaceName: chosen.workspace_name ?? null,
    userId: chosen.user_id ?? optionalId(settings.userRemoteId),
    role: chosen.role ?? null,
  };
}

/** A remote id from the model as the integer the API wants; anything else is the caller's mistake. */
export function toId(value: string | null | undefined, field: string): number {
  const id = optionalId(value);
  if (id === null)
    throw new AppError('validation', `WebWork Tracker needs a numeric ${field}, got "${value ?? ''}"`, {
      provider: PROVIDER,
      field,
    });
  return id;
}
