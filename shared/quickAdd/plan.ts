import type { DueParse } from '../dates/index.js';
import { PROVIDER_NAMES, type Capabilities, type CapabilityFlag, type Project, type ProviderId } from '../model.js';
import { priorityValue } from '../priority.js';
import type { ParsedTitle, PartKind } from './parseTitle.js';

/**
 * What a quick-add will send, decided before Enter: where the task goes, its
 * fields, and which of the parts read from the title the service can't take
 * (with the capability table's own reason), so the preview never promises a
 * field that would be dropped.
 */
export interface PlanAccount {
  id: string;
  label: string;
  provider: ProviderId;
}

export interface PlanInput {
  parsed: ParsedTitle;
  accounts: readonly PlanAccount[];
  projects: readonly Project[];
  /** The project picked in the form, used when the title names no #project. */
  formProjectRemoteId: string | null;
  /** The form's own due field, used when the title holds no date. */
  dueField: DueParse;
  capabilities: Partial<Record<ProviderId, Capabilities>> | null;
}

export interface Dropped {
  kind: PartKind;
  reason: string;
}

export interface QuickAddPlan {
  account: PlanAccount | null;
  project: Project | null;
  title: string;
  dueDate: string | null;
  /** The wall-clock time read with the date; services keep due days, so it is shown, not sent. */
  dueTime: string | null;
  priority: number | null;
  /** The person as `members:list` names them (e-mail when known), for `tasks:add`. */
  assignee: string | null;
  tags: string[];
  dropped: Dropped[];
  /** The service's longest title (the contract's 1024 where the service states none). */
  titleMax: number;
}

const CONTRACT_TITLE_MAX = 1024;

/** The longest title a service takes: its own limit, never above the contract's 1024. */
export function titleMaxOf(caps: Capabilities | undefined): number {
  return Math.min(caps?.titleMax ?? CONTRACT_TITLE_MAX, CONTRACT_TITLE_MAX);
}

const NEEDS: Record<Exclude<PartKind, 'project'>, CapabilityFlag> = {
  when: 'dueDates',
  person: 'assignees',
  priority: 'priority',
  tag: 'tags',
};

const NOUN: Partial<Record<CapabilityFlag, string>> = {
  dueDates: 'due dates',
  assignees: 'assignees',
  priority: 'priorities',
  tags: 'tags',
};

/** The capability table's reason a service lacks `flag`, or a plain sentence naming the service. */
export function missingReason(provider: ProviderId, caps: Capabilities | undefined, flag: CapabilityFlag): string | null {
  if (!caps || caps[flag]) return null;
  return caps.notes[flag] ?? `${PROVIDER_NAMES[provider]} tasks have no ${NOUN[flag] ?? flag}.`;
}

export function planQuickAdd(input: PlanInput): QuickAddPlan {
  const { parsed } = input;
  const account = input.accounts.find((a) => a.id === parsed.accountId) ?? null;
  const own = input.projects.filter((p) => p.accountId === account?.id && !p.archived);
  const project = parsed.project
    ? (own.find((p) => p.remoteId === parsed.project!.remoteId) ?? null)
    : (own.find((p) => p.remoteId === input.formProjectRemoteId) ?? own[0] ?? null);
  const caps = account ? input.capabilities?.[account.provider] : undefined;
  const dropped: Dropped[] = [];
  const allowed = (kind: Exclude<PartKind, 'project'>): boolean => {
    const reason = account ? missingReason(account.provider, caps, NEEDS[kind]) : null;
    if (reason && !dropped.some((d) => d.kind === kind)) dropped.push({ kind, reason });
    return reason === null;
  };
  const fieldDue = input.dueField.ok ? input.dueField : { date: null, time: null };
  const due = parsed.when ?? (fieldDue.date ? fieldDue : null);
  const level = parsed.priority;
  return {
    account,
    project,
    title: parsed.title,
    dueDate: due && allowed('when') ? due.date : null,
    dueTime: due && allowed('when') ? due.time : null,
    priority: level && account && allowed('priority') ? priorityValue(account.provider, level) : null,
    assignee: parsed.person && allowed('person') ? (parsed.person.email ?? parsed.person.name) : null,
    tags: parsed.tags.length > 0 && allowed('tag') ? parsed.tags : [],
    dropped,
    titleMax: titleMaxOf(caps),
  };
}
