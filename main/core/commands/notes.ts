import { randomUUID } from 'node:crypto';
import type { MutationResult } from '../../../shared/contract.js';
import { AppError, validationError } from '../../../shared/errors.js';
import { PROVIDER_NAMES, recordKey, type Account, type WorkityItem } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { ProviderAdapter } from '../providers/types.js';
import { cachedItem } from '../sync/sendNote.js';
import type { Mutations } from './mutations.js';

export interface ItemDeps {
  cache: Cache;
  mutations: Mutations;
  adapterOf: (provider: string) => ProviderAdapter;
  now: () => Date;
}

export interface NoteInput {
  accountId: string;
  projectRemoteId: string;
  title: string;
  text?: string;
}

/** The account, when its service keeps notes and files (Workity). */
export function itemAccount(deps: ItemDeps, accountId: string, what = 'notes'): Account {
  const account = deps.cache.accounts.get(accountId);
  if (!account) throw new AppError('not-found', `No account with id ${accountId}`, { field: 'account' });
  const caps = deps.adapterOf(account.provider).capabilities;
  if (!caps.notesAndFiles)
    throw new AppError('unsupported', caps.notes.notesAndFiles ?? `${PROVIDER_NAMES[account.provider]} has no ${what}`, {
      provider: account.provider,
    });
  return account;
}

/** Cached items across accounts (or one account), by kind. */
export function listItems(cache: Cache, kind: WorkityItem['kind'], accountId?: string, projectRemoteId?: string): WorkityItem[] {
  const ids = accountId ? [accountId] : cache.accounts.list().map((a) => a.id);
  return ids.flatMap((id) => cache.records.items(id, projectRemoteId)).filter((i) => i.kind === kind);
}

/** The cached item with this key, remote id, or the local key of a note made offline. */
export function findItem(cache: Cache, key: string, kind: WorkityItem['kind']): WorkityItem {
  const all = listItems(cache, kind);
  const item =
    all.find((i) => i.key === key) ?? all.find((i) => i.extras.localKey === key) ?? all.find((i) => i.remoteId === key);
  const hint = kind === 'file' ? "run sync, or list a Worksection task's files, first" : 'run sync first';
  if (!item) throw new AppError('not-found', `No ${kind} with key ${key} in the cache (${hint})`, { field: 'key' });
  return item;
}

/** Like a task's result, with the server's id read from the notes the push stored. */
async function settleNote(deps: ItemDeps, accountId: string, entryId: number, key: string): Promise<MutationResult> {
  const result = await deps.mutations.settle(accountId, entryId, key);
  if (result.state !== 'sent') return result;
  const note = listItems(deps.cache, 'note', accountId).find((i) => i.key === key || i.extras.localKey === key);
  return { ...result, key: note?.key ?? key, remoteId: note?.remoteId ?? null };
}

export function createNoteCommands(deps: ItemDeps) {
  const { cache } = deps;
  return {
    async add(input: NoteInput): Promise<MutationResult> {
      const account = itemAccount(deps, input.accountId);
      const title = input.title.trim();
      if (!title) throw validationError('title', 'a note needs a title');
      const note = { projectRemoteId: input.projectRemoteId, title, text: input.text ?? '' };
      const key = recordKey(account.provider, account.id, 'note', `local-${randomUUID()}`);
      const local: WorkityItem = {
        key,
        accountId: account.id,
        kind: 'note',
        projectRemoteId: note.projectRemoteId,
        remoteId: '',
        title,
        details: note.text,
        revision: null,
        updatedAt: deps.now().toISOString(),
        extras: { pending: true },
      };
      const id = cache.transaction(() => {
        const others = cache.records.items(account.id, note.projectRemoteId);
        cache.records.replaceItems(account.id, note.projectRemoteId, [...others, local]);
        return cache.outbox.add({ accountId: account.id, key, op: 'note.create', payload: { note } });
      });
      return settleNote(deps, account.id, id, key);
    },
    /** The cached note keeps the server's version (and revision) until the edit is sent. */
    async edit(requestedKey: string, patch: { title?: string; text?: string }): Promise<MutationResult> {
      const note = findItem(cache, requestedKey, 'note');
      itemAccount(deps, note.accountId);
      if (patch.title !== undefined && !patch.title.trim()) throw validationError('title', 'a note needs a title');
      if (patch.title === undefined && patch.text === undefined)
        throw validationError('title', 'nothing to change: give --title or --text');
      if (!note.remoteId || !cachedItem(cache, note.accountId, note.key))
        throw validationError('key', 'this note is not on the server yet; edit it after it is sent');
      const id = cache.outbox.add({ accountId: note.accountId, key: note.key, op: 'note.update', payload: { patch } });
      return settleNote(deps, note.accountId, id, note.key);
    },
  };
}

export type NoteCommands = ReturnType<typeof createNoteCommands>;
