import { SimFault } from './simFault.js';
import { activeProjectsOf, type SimItem, type SimProject, type SimState, type SimUser } from './state.js';

/** Who is calling and when, handed to every operation handler. */
export interface CallContext {
  state: SimState;
  user: SimUser;
  nowMs: number;
}

export function requireProject(ctx: CallContext, projectId: number): SimProject {
  const project = activeProjectsOf(ctx.state, ctx.user.id).find((p) => p.id === projectId);
  if (!project)
    throw new SimFault('InvalidProjectID', `ProjectID: ${projectId} is not an active project of the calling user`, 'ProjectID');
  return project;
}

export function isVisible(ctx: CallContext, item: SimItem): boolean {
  return activeProjectsOf(ctx.state, ctx.user.id).some((p) => p.id === item.projectId);
}

export { newItemId as nextItemId } from './state.js';
