import type { Handlers } from '../../shared/contract.js';
import { errorSentence } from '../../shared/messages/errorSentence.js';
import { PROVIDER_NAMES } from '../../shared/model.js';
import type { EventBus } from '../core/events.js';
import type { Logger } from '../core/log.js';

export interface NoticeSpec {
  title: string;
  body: string;
  onClick(): void;
}

export interface NotifierOptions {
  events: EventBus;
  handlers: Pick<Handlers, 'news:list' | 'outbox:list'>;
  /** Shows one OS notification (Electron's Notification in the app). */
  show(notice: NoticeSpec): void;
  /** Opens the main window at a renderer route. */
  open(route: string): void;
  log: Logger;
}

export interface Notifier {
  /** Remembers what exists now, so only what arrives later is announced. */
  start(): Promise<void>;
  stop(): void;
}

/** The renderer routes on the hash's first segment and reads the item from the query: `#/news?key=…`. */
const route = (base: string, param: string, id: string | number): string => `${base}?${param}=${encodeURIComponent(String(id))}`;

/** Announces new Workity news and newly failed outbox entries; a click opens the item. */
export function createNotifier(options: NotifierOptions): Notifier {
  const seenNews = new Set<string>();
  const seenFailed = new Set<number>();
  const guard = (what: string, run: () => Promise<void>): void => {
    run().catch((error: unknown) =>
      options.log.warn(`could not check ${what}`, { message: error instanceof Error ? error.message : String(error) }),
    );
  };

  const checkNews = async (accountId: string | undefined, announce: boolean): Promise<void> => {
    const items = await options.handlers['news:list'](accountId === undefined ? {} : { accountId });
    const fresh = items.filter((item) => !seenNews.has(item.key));
    for (const item of fresh) seenNews.add(item.key);
    const first = fresh[0];
    if (!announce || first === undefined) return;
    const title =
      fresh.length === 1 ? `${PROVIDER_NAMES.workity} news` : `${fresh.length} new ${PROVIDER_NAMES.workity} news items`;
    const body =
      fresh.length === 1
        ? `${first.title}${first.modifiedBy ? ` — ${first.modifiedBy}` : ''}`
        : fresh
            .slice(0, 3)
            .map((i) => i.title)
            .join('\n');
    options.show({ title, body, onClick: () => options.open(fresh.length === 1 ? route('/news', 'key', first.key) : '/news') });
  };

  const checkOutbox = async (announce: boolean): Promise<void> => {
    const failed = (await options.handlers['outbox:list']({})).filter(
      (entry) => entry.state === 'failed' && !seenFailed.has(entry.id),
    );
    for (const entry of failed) seenFailed.add(entry.id);
    if (!announce) return;
    for (const entry of failed) {
      const reason = entry.error ? errorSentence(entry.error) : 'The server refused it';
      options.show({
        title: `Not sent: ${entry.title}`,
        body: reason,
        onClick: () => options.open(route('/outbox', 'id', entry.id)),
      });
    }
  };

  const offs: (() => void)[] = [];
  return {
    async start() {
      try {
        await Promise.all([checkNews(undefined, false), checkOutbox(false)]);
      } catch (error) {
        // Without a baseline the first change may announce old items too; better than announcing nothing.
        options.log.warn('could not read news and the outbox at start', {
          message: error instanceof Error ? error.message : String(error),
        });
      }
      offs.push(
        options.events.on('news:changed', ({ accountId }) => guard('news', () => checkNews(accountId, true))),
        options.events.on('outbox:changed', ({ failed }) => {
          if (failed > 0) guard('the outbox', () => checkOutbox(true));
        }),
      );
    },
    stop: () => offs.splice(0).forEach((off) => off()),
  };
}
