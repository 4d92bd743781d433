import { requireProject, type CallContext } from './callContext.js';
import { invalidArgument } from './simFault.js';
import { activeProjectsOf, keywordIdByName, userById, type SimProject } from './state.js';
import { long, text, type Args } from './wire.js';

const KEYWORD = /^\S{1,20}$/;
const byName = <T extends { Name: string }>(a: T, b: T): number => a.Name.localeCompare(b.Name);

export function userInfo(ctx: CallContext) {
  const { user } = ctx;
  return { UserID: user.id, Name: user.name, PictureURL: user.pictureUrl, FreeFileStorage: user.freeStorage };
}

export function userProjects(ctx: CallContext) {
  const projects = activeProjectsOf(ctx.state, ctx.user.id).map((p) => ({ ProjectID: p.id, Name: p.name }));
  return { ProjectInfo: projects.sort(byName) };
}

function team(ctx: CallContext, projects: SimProject[]) {
  const ids = new Set(projects.flatMap((p) => p.memberIds));
  const people = [...ids].flatMap((id) => {
    const user = userById(ctx.state, id);
    return user ? [{ PersonID: user.id, Name: user.name, PictureURL: user.pictureUrl }] : [];
  });
  return { PersonInfo: people.sort(byName) };
}

export function userTeam(ctx: CallContext) {
  return team(ctx, activeProjectsOf(ctx.state, ctx.user.id));
}

export function projectTeam(ctx: CallContext, args: Args) {
  return team(ctx, [requireProject(ctx, long(args, 'ProjectID'))]);
}

function keywords(ctx: CallContext, projectIds: number[]) {
  const counts = new Map<number, number>();
  for (const item of ctx.state.items.values()) {
    if (!projectIds.includes(item.projectId)) continue;
    for (const id of item.keywordIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const infos = [...counts].map(([id, count]) => ({ KeywordID: id, Name: ctx.state.keywords.get(id) ?? '', UsageCount: count }));
  return { KeywordInfo: infos.sort(byName) };
}

export function userKeywords(ctx: CallContext) {
  return keywords(
    ctx,
    activeProjectsOf(ctx.state, ctx.user.id).map((p) => p.id),
  );
}

export function projectKeywords(ctx: CallContext, args: Args) {
  return keywords(ctx, [requireProject(ctx, long(args, 'ProjectID')).id]);
}

/** The id of an existing keyword, or of a new one made on the spot. */
export function keywordId(ctx: CallContext, args: Args): number {
  const name = text(args, 'Keyword');
  if (!KEYWORD.test(name)) throw invalidArgument('Keyword', 'must match ^\\S{1,20}$');
  const existing = keywordIdByName(ctx.state, name);
  if (existing !== undefined) return existing;
  const id = ctx.state.nextKeywordId++;
  ctx.state.keywords.set(id, name);
  return id;
}
