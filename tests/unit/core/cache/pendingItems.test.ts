import { describe, expect, it } from 'vitest';
import type { WorkityItem } from '../../../../shared/model.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

const note = (key: string, remoteId: string, title: string): WorkityItem => ({
  key,
  accountId: 'acc1',
  kind: 'note',
  projectRemoteId: '11',
  remoteId,
  title,
  details: '',
  revision: null,
  updatedAt: null,
  extras: {},
});

describe('a pull replacing a project’s Workity items', () => {
  it('keeps a note made here whose change is still queued, and drops one the server no longer has', () => {
    const { cache } = memoryCacheWithAccount();
    const local = note('local:note:1', '', 'Offline idea');
    cache.transaction(() => {
      cache.records.replaceItems('acc1', '11', [note('workity:acc1:note:5', '5', 'Kept on the server'), local]);
      cache.outbox.add({
        accountId: 'acc1',
        key: local.key,
        op: 'note.create',
        payload: { note: { projectRemoteId: '11', title: 'Offline idea', text: '' } },
      });
    });
    cache.records.replaceItems('acc1', '11', [note('workity:acc1:note:6', '6', 'New on the server')], { keepQueued: true });
    expect(cache.records.items('acc1', '11').map((i) => i.title)).toEqual(['New on the server', 'Offline idea']);
  });
});
