import type { NewsItem } from '../../shared/model.js';
import { isoDate } from './dates.js';

export interface NewsDay {
  day: string;
  items: NewsItem[];
}

/** Newest first, grouped by the local calendar day they changed on; undated items come last. */
export function groupNewsByDay(items: NewsItem[]): NewsDay[] {
  const sorted = [...items].sort((a, b) => (b.modifiedAt ?? '').localeCompare(a.modifiedAt ?? ''));
  const days = new Map<string, NewsItem[]>();
  for (const item of sorted) {
    const day = item.modifiedAt ? isoDate(new Date(item.modifiedAt)) : 'undated';
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()].map(([day, dayItems]) => ({ day, items: dayItems }));
}

const KIND: Record<NewsItem['kind'], string> = { project: 'project', task: 'task', note: 'note', file: 'file' };

/** "Jo Kim changed the task “Desk plan”". */
export function describeNews(item: NewsItem): string {
  return `${item.modifiedBy ?? 'Someone'} changed the ${KIND[item.kind]} “${item.title}”`;
}
