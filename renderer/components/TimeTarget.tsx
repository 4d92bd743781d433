import { useEffect } from 'react';
import { PROVIDER_NAMES, type Capabilities } from '../../shared/model.js';
import { useApp, useStores } from '../store/hooks.js';
import { projectId } from '../store/timeStore.js';
import { CapabilityNote } from './CapabilityNote.js';

/** Where time goes: an account, one of its projects and, optionally, a task. */
export interface Target {
  accountId: string;
  projectRemoteId: string;
  taskRemoteId: string;
}

export const NO_TARGET: Target = { accountId: '', projectRemoteId: '', taskRemoteId: '' };

interface TimeTargetProps {
  /** What the accounts offered must be able to do (book time, start a timer). */
  ability: 'logTime' | 'startTimer';
  value: Target;
  onChange: (target: Target) => void;
  /** Prefix for test ids, so two forms on one page stay apart. */
  idPrefix: string;
}

/** Account, project and task menus; only accounts whose service allows `ability` are offered, the others say why not. */
export function TimeTarget({ ability, value, onChange, idPrefix }: TimeTargetProps) {
  const stores = useStores();
  const accounts = useApp('accounts', (s) => s.accounts);
  const capabilities = useApp('accounts', (s) => s.capabilities);
  const projects = useApp('nav', (s) => s.projects);
  const tasks = useApp('time', (s) => s.projectTasks[projectId(value.accountId, value.projectRemoteId)]) ?? [];
  const able = (caps: Capabilities | undefined) => caps?.[ability] === true;
  const offered = accounts.filter((a) => able(capabilities?.[a.provider]));
  const accountProjects = projects.filter((p) => p.accountId === value.accountId && !p.archived);
  const { accountId, projectRemoteId } = value;

  useEffect(() => {
    if (accountId && projectRemoteId) void stores.time.getState().loadProjectTasks(accountId, projectRemoteId);
  }, [stores, accountId, projectRemoteId]);

  const refused = [...new Set(accounts.map((a) => a.provider))].filter((p) => !able(capabilities?.[p]));
  return (
    <>
      <label>
        Account
        <select
          value={value.accountId}
          onChange={(e) => onChange({ accountId: e.target.value, projectRemoteId: '', taskRemoteId: '' })}
          required
          data-testid={`${idPrefix}-account`}
        >
          <option value="">Choose an account</option>
          {offered.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label} ({PROVIDER_NAMES[a.provider]})
            </option>
          ))}
        </select>
      </label>
      <label>
        Project
        <select
          value={value.projectRemoteId}
          onChange={(e) => onChange({ ...value, projectRemoteId: e.target.value, taskRemoteId: '' })}
          required
          disabled={!value.accountId}
          data-testid={`${idPrefix}-project`}
        >
          <option value="">Choose a project</option>
          {accountProjects.map((p) => (
            <option key={p.key} value={p.remoteId}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Task
        <select
          value={value.taskRemoteId}
          onChange={(e) => onChange({ ...value, taskRemoteId: e.target.value })}
          disabled={!value.projectRemoteId}
          data-testid={`${idPrefix}-task`}
        >
          <option value="">No task</option>
          {tasks.map((t) => (
            <option key={t.key} value={t.remoteId ?? ''}>
              {t.title}
            </option>
          ))}
        </select>
      </label>
      {refused.map((provider) =>
        capabilities ? (
          <CapabilityNote key={provider} caps={capabilities[provider]} what={ability} provider={PROVIDER_NAMES[provider]} />
        ) : null,
      )}
    </>
  );
}
