import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../../main/core/cache/index.js';
import { MIGRATIONS } from '../../../../main/core/cache/migrations.js';
import { ftsQuery } from '../../../../main/core/cache/taskQuery.js';
import { today as userToday } from '../../../../shared/dates/index.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

describe('cache', () => {
  it('opens in WAL mode with every migration applied', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-cache-'));
    const cache = openCache(dir);
    expect(cache.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // FULL (2): a committed edit and its outbox entry survive a power cut (db.ts says why).
    expect(cache.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(cache.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    cache.close();
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wt-cache-'));
    openCache(dir).close();
    const file = join(dir, 'cache.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openCache(dir)).toThrow(/newer Worktray/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('finds tasks by words in title or details, the last word as a prefix', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    cache.tasks.saveServerPage([
      fake.make({ projectRemoteId: 'p1', title: 'Quarterly invoice run', details: 'send to accounting', dueDate: null }),
      fake.make({ projectRemoteId: 'p1', title: 'Fix login page', details: 'Ünïcode café issue', dueDate: null }),
      fake.make({ projectRemoteId: 'p2', title: 'Lunch', details: '', dueDate: null }),
    ]);
    const titles = (search: string) => cache.tasks.list({ search }).tasks.map((t) => t.title);
    expect(titles('invoice')).toEqual(['Quarterly invoice run']);
    expect(titles('accoun')).toEqual(['Quarterly invoice run']);
    expect(titles('cafe')).toEqual(['Fix login page']);
    expect(titles('login fix')).toEqual(['Fix login page']);
    expect(titles('invoice OR lunch').sort()).toEqual(['Lunch', 'Quarterly invoice run']);
    expect(titles('"); DROP TABLE tasks; --')).toEqual([]);
    expect(cache.tasks.list({}).total).toBe(3);
  });

  it('turns typed text into a safe FTS5 query', () => {
    expect(ftsQuery('fix the "login')).toBe('"fix" "the" "login"*');
    expect(ftsQuery('  ***  ')).toBeNull();
    expect(ftsQuery('invoice OR login page')).toBe('("invoice"*) OR ("login" "page"*)');
    expect(ftsQuery('or OR')).toBe('"or" "OR"*');
  });

  it('keeps a pending local change when a pull brings the server version, and records it beside', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const task = fake.make({ projectRemoteId: 'p1', title: 'Original', details: '', dueDate: null });
    cache.tasks.saveServerPage([task]);
    cache.transaction(() => {
      cache.tasks.applyPatch(task.key, { title: 'Mine' });
      cache.outbox.add({ accountId: 'acc1', op: 'task.update', key: task.key, payload: { patch: { title: 'Mine' } } });
    });
    cache.tasks.saveServerPage([{ ...task, title: 'Theirs' }]);
    expect(cache.tasks.get(task.key)).toMatchObject({ title: 'Mine', pending: true });
    expect(cache.tasks.serverVersion(task.key)?.title).toBe('Theirs');
    expect(cache.tasks.base(task.key)?.title).toBe('Original');
  });

  it('drops tasks the server no longer lists, but never one with a pending change', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const [a, b, c] = ['a', 'b', 'c'].map((title) => fake.make({ projectRemoteId: 'p1', title, details: '', dueDate: null }));
    cache.tasks.saveServerPage([a!, b!, c!]);
    cache.outbox.add({ accountId: 'acc1', op: 'task.update', key: c!.key, payload: { patch: { title: 'c2' } } });
    expect(cache.tasks.dropUnseen('acc1', 'p1', [a!.key])).toBe(1);
    expect(
      cache.tasks
        .list({})
        .tasks.map((t) => t.title)
        .sort(),
    ).toEqual(['a', 'c']);
  });

  it('lists the quick views: due today, overdue and pending', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const today = userToday(new Date());
    cache.tasks.saveServerPage([
      fake.make({ projectRemoteId: 'p1', title: 'today', details: '', dueDate: today }),
      fake.make({ projectRemoteId: 'p1', title: 'late', details: '', dueDate: '2001-01-01' }),
      { ...fake.make({ projectRemoteId: 'p1', title: 'late but done', details: '', dueDate: '2001-01-01' }), status: 'done' },
    ]);
    expect(cache.tasks.list({ view: 'due-today' }).tasks.map((t) => t.title)).toEqual(['today']);
    expect(cache.tasks.list({ view: 'overdue' }).tasks.map((t) => t.title)).toEqual(['late']);
    expect(cache.tasks.list({ view: 'pending' }).total).toBe(0);
  });

  it('removing an account removes its cached rows with it', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    cache.tasks.saveServerPage([fake.make({ projectRemoteId: 'p1', title: 'x', details: '', dueDate: null })]);
    cache.outbox.add({ accountId: 'acc1', op: 'comment.add', key: 'k', payload: { text: 'gone with the account' } });
    cache.accounts.remove('acc1');
    expect(cache.tasks.list({}).total).toBe(0);
    expect(cache.outbox.list()).toEqual([]);
  });
});

describe('default order', () => {
  it('lists tasks with a server change time newest first, and those without one after them', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const make = (title: string, updatedAt: string | null) => ({
      ...fake.make({ projectRemoteId: 'p1', title, details: '', dueDate: null }),
      updatedAt,
    });
    cache.tasks.saveServerPage([
      make('no time', null),
      make('older', '2026-01-01T00:00:00Z'),
      make('newer', '2026-06-01T00:00:00Z'),
    ]);
    expect(cache.tasks.list({}).tasks.map((t) => t.title)).toEqual(['newer', 'older', 'no time']);
  });

  it('puts a task made here first, and keeps it there when the server answers with no change time', () => {
    const { cache } = memoryCacheWithAccount();
    const fake = createFakeSession();
    const server = (title: string, updatedAt: string | null) => ({
      ...fake.make({ projectRemoteId: 'p1', title, details: '', dueDate: null }),
      updatedAt,
    });
    cache.tasks.saveServerPage([server('no time', null), server('dated', '2026-01-01T00:00:00Z')]);
    const local = { ...server('made here', null), key: 'webwork:acc1:task:local-1', remoteId: null };
    cache.tasks.insertLocal(local);
    expect(cache.tasks.list({ limit: 1 }).tasks.map((t) => t.title)).toEqual(['made here']);
    const created = server('made here', null);
    cache.tasks.swapKey(local.key, created);
    cache.tasks.saveServerPage([created]);
    expect(cache.tasks.list({}).tasks.map((t) => t.title)).toEqual(['made here', 'dated', 'no time']);
  });
});
