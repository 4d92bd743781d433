import { createHash } from 'node:crypto';

/**
 * The two signatures Worksection servers accept for the admin API:
 * - `legacy`: the seeds' md5(page + action + apikey), md5(action + apikey) without a page;
 *   objects are addressed by `page=/project/P/[T/[S/]]`.
 * - `query`: the newer md5(query string without hash + apikey), objects addressed by id_project/id_task.
 */
export type HashMode = 'legacy' | 'query';

export const HASH_MODES: readonly HashMode[] = ['legacy', 'query'];

export function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

export function legacyHash(page: string | null, action: string, apiKey: string): string {
  return md5(`${page ?? ''}${action}${apiKey}`);
}

export function queryHash(query: string, apiKey: string): string {
  return md5(`${query}${apiKey}`);
}

/** Where an action points: a project, a task (with its parent for subtasks), or nothing. */
export interface Target {
  project?: string;
  task?: string;
  parent?: string | null;
  /** post_task: the task to create the new one under. */
  newParent?: string | null;
}

/** The seeds' page path: /project/P/, /project/P/T/, or /project/P/PARENT/T/ for subtasks. */
export function pageOf(target: Target): string | null {
  if (!target.project) return null;
  const base = `/project/${target.project}/`;
  if (target.task) return target.parent ? `${base}${target.parent}/${target.task}/` : `${base}${target.task}/`;
  if (target.newParent) return `${base}${target.newParent}/`;
  return base;
}

function addressing(mode: HashMode, target: Target): [string, string][] {
  if (mode === 'legacy') {
    const page = pageOf(target);
    if (page) return [['page', page]];
    return target.task ? [['id_task', target.task]] : [];
  }
  const out: [string, string][] = [];
  if (target.task) out.push(['id_task', target.task]);
  else if (target.project) out.push(['id_project', target.project]);
  if (!target.task && target.newParent) out.push(['id_parent', target.newParent]);
  return out;
}

/**
 * The full signed query string: action first, then addressing, then the
 * params in the order given; the newer form hashes exactly this string.
 */
export function signedQuery(mode: HashMode, action: string, target: Target, params: [string, string][], apiKey: string): string {
  const pairs: [string, string][] = [['action', action], ...addressing(mode, target), ...params];
  const query = new URLSearchParams(pairs).toString();
  const page = pairs.find(([name]) => name === 'page')?.[1] ?? null;
  const hash = mode === 'legacy' ? legacyHash(page, action, apiKey) : queryHash(query, apiKey);
  return `${query}&hash=${hash}`;
}
