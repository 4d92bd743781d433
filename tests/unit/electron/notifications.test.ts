import { describe, expect, it, vi } from 'vitest';
import type { Handlers, OutboxEntryView } from '../../../shared/contract.js';
import type { NewsItem } from '../../../shared/model.js';
import { createEventBus } from '../../../main/core/events.js';
import { createNotifier, type NoticeSpec } from '../../../main/electron/notifications.js';
import { silentLog } from './fakes.js';

const news = (key: string, title: string): NewsItem => ({
  key,
  accountId: 'w1',
  kind: 'task',
  remoteId: key,
  title,
  modifiedBy: 'Ann',
  modifiedAt: null,
});
const failedEntry = (id: number, title: string): OutboxEntryView => ({
  id,
  accountId: 'w1',
  op: 'task.create',
  key: `k${id}`,
  title,
  state: 'failed',
  attempts: 1,
  error: {
    code: 'validation',
    message: 'Title is too long',
    provider: 'webwork',
    providerCode: 422,
    providerMessage: null,
    field: null,
    retryable: false,
  },
  createdAt: '2026-01-01T00:00:00Z',
  change: { projectRemoteId: 'p1', fields: [], status: null, dueDate: null, minutes: null },
});

function setup() {
  const state = { news: [news('n1', 'Old news')], outbox: [] as OutboxEntryView[] };
  const handlers = {
    'news:list': vi.fn(async () => state.news),
    'outbox:list': vi.fn(async () => state.outbox),
  } as unknown as Pick<Handlers, 'news:list' | 'outbox:list'>;
  const shown: NoticeSpec[] = [];
  const open = vi.fn();
  const events = createEventBus();
  const notifier = createNotifier({ events, handlers, show: (n) => void shown.push(n), open, log: silentLog() });
  return { state, events, shown, open, notifier };
}

describe('notifications', () => {
  it('announces only news that arrived after start, and a click opens that item', async () => {
    const { state, events, shown, open, notifier } = setup();
    await notifier.start();
    state.news = [...state.news, news('workity:w1:news:7', 'Spec updated')];
    events.emit('news:changed', { accountId: 'w1', unread: 2 });
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toMatchObject({ title: 'Workity news', body: 'Spec updated — Ann' });
    shown[0]!.onClick();
    expect(open).toHaveBeenCalledWith('/news?key=workity%3Aw1%3Anews%3A7');
  });

  it('announces a newly failed outbox entry once, with the server’s reason', async () => {
    const { state, events, shown, open, notifier } = setup();
    await notifier.start();
    state.outbox = [failedEntry(12, 'Write report')];
    events.emit('outbox:changed', { queued: 0, failed: 1 });
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]).toMatchObject({ title: 'Not sent: Write report', body: 'WebWork Tracker: Title is too long' });
    events.emit('outbox:changed', { queued: 0, failed: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown).toHaveLength(1);
    shown[0]!.onClick();
    expect(open).toHaveBeenCalledWith('/outbox?id=12');
  });

  it('stays quiet about failures that existed before start', async () => {
    const { state, events, shown, notifier } = setup();
    state.outbox = [failedEntry(3, 'Old failure')];
    await notifier.start();
    events.emit('outbox:changed', { queued: 0, failed: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown).toHaveLength(0);
  });

  it('still listens when the first read fails', async () => {
    const { state, events, shown, notifier } = setup();
    const list = state.news;
    state.news = null as unknown as NewsItem[];
    await notifier.start();
    state.news = [...list, news('n2', 'Fresh')];
    events.emit('news:changed', { accountId: 'w1', unread: 2 });
    await vi.waitFor(() => expect(shown.length).toBeGreaterThan(0));
  });
});
