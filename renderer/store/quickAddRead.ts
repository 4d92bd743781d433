import { parseTitle, type ParsedTitle } from '../../shared/quickAdd/parseTitle.js';
import { planQuickAdd, type QuickAddPlan } from '../../shared/quickAdd/plan.js';
import { parseDue } from '../logic/dates.js';
import type { QuickAddState } from './quickAddStore.js';

/** The title as read now: what the chips and the preview show, and what save sends. */
export function readQuickAdd(state: QuickAddState, now: Date): { parsed: ParsedTitle; plan: QuickAddPlan } {
  const parsed = parseTitle(state.title, {
    now,
    accountId: state.accountId,
    kept: state.kept,
    projects: state.projects.filter((p) => !p.archived),
    people: state.members,
  });
  const plan = planQuickAdd({
    parsed,
    accounts: state.accounts,
    projects: state.projects,
    formProjectRemoteId: state.projectRemoteId,
    dueField: parseDue(state.dueText, now),
    capabilities: state.capabilities,
  });
  return { parsed, plan };
}
