import { z } from 'zod';
import type { Query, WebworkClient } from './client.js';
import {
  ContractSchema,
  MemberSchema,
  ProjectSchema,
  WorkspaceSchema,
  type WwContract,
  type WwMember,
  type WwProject,
  type WwWorkspace,
} from './schema.js';

export function listWorkspaces(client: WebworkClient): Promise<WwWorkspace[]> {
  return client.readAll('workspaces', {}, WorkspaceSchema, 'workspace');
}

export function listMembers(client: WebworkClient, workspaceId: number, filter: Query = {}): Promise<WwMember[]> {
  return client.readAll('members', { workspace_id: workspaceId, ...filter }, MemberSchema, 'member');
}

export function getMember(client: WebworkClient, workspaceId: number, memberId: number): Promise<WwMember> {
  return client.read(`members/${memberId}`, { workspace_id: workspaceId }, MemberSchema, 'member');
}

const InvitationSchema = z.looseObject({ user_id: z.coerce.number().int(), invitation_link: z.string().nullish() });
export type Invitation = z.infer<typeof InvitationSchema>;

/** Members calls take workspace_id in the query, their fields in the body. */
export function inviteMember(client: WebworkClient, workspaceId: number, fields: Record<string, unknown>): Promise<Invitation> {
  return client.writeData('POST', 'members', fields, InvitationSchema, 'invitation', { workspace_id: workspaceId });
}

export function updateMember(
  client: WebworkClient,
  workspaceId: number,
  memberId: number,
  fields: Record<string, unknown>,
): Promise<WwMember> {
  return client.writeData('PUT', `members/${memberId}`, fields, MemberSchema, 'member', { workspace_id: workspaceId });
}

export async function archiveMember(client: WebworkClient, workspaceId: number, memberId: number): Promise<void> {
  await client.write('DELETE', `members/${memberId}`, {}, { workspace_id: workspaceId });
}

export function listProjects(client: WebworkClient, workspaceId: number, name?: string): Promise<WwProject[]> {
  return client.readAll('projects', { workspace_id: workspaceId, name }, ProjectSchema, 'project');
}

export function getProject(client: WebworkClient, workspaceId: number, projectId: number): Promise<WwProject> {
  return client.read(`projects/${projectId}`, { workspace_id: workspaceId }, ProjectSchema, 'project');
}

export function createProject(client: WebworkClient, workspaceId: number, fields: Record<string, unknown>): Promise<WwProject> {
  return client.writeData('POST', 'projects', fields, ProjectSchema, 'project', { workspace_id: workspaceId });
}

export function updateProject(
  client: WebworkClient,
  workspaceId: number,
  projectId: number,
  fields: Record<string, unknown>,
): Promise<WwProject> {
  return client.writeData('PUT', `projects/${projectId}`, fields, ProjectSchema, 'project', { workspace_id: workspaceId });
}

export async function archiveProject(client: WebworkClient, workspaceId: number, projectId: number): Promise<void> {
  await client.write('DELETE', `projects/${projectId}`, {}, { workspace_id: workspaceId });
}

export function listContracts(
  client: WebworkClient,
  workspaceId: number,
  filter: { project_id?: number; user_id?: number; status?: string } = {},
): Promise<WwContract[]> {
  return client.readAll('contracts', { workspace_id: workspaceId, ...filter }, ContractSchema, 'contract');
}
