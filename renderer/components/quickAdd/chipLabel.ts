import { PROVIDER_NAMES, type ProviderId } from '../../../shared/model.js';
import type { TitlePart } from '../../../shared/quickAdd/parseTitle.js';
import { describeDue } from '../../logic/dates.js';

const LEVEL_NAMES = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' } as const;

/** A part of the title in words, with names (never ids): "Due Tomorrow 17:00", "Q3 marketing · Worksection". */
export function chipLabel(part: TitlePart, now: Date, providerOf: (accountId: string) => ProviderId | null): string {
  switch (part.kind) {
    case 'when':
      return `Due ${describeDue(part.when.date, now)}${part.when.time ? ` ${part.when.time}` : ''}`;
    case 'project': {
      if (!part.project) return `No project like “${part.query}”`;
      const provider = providerOf(part.project.accountId);
      return provider ? `${part.project.name} · ${PROVIDER_NAMES[provider]}` : part.project.name;
    }
    case 'person':
      return part.person ? `Assign ${part.person.name}` : `No one named “${part.query}”`;
    case 'priority':
      return `${LEVEL_NAMES[part.level]} priority`;
    case 'tag':
      return `Tag ${part.tag}`;
  }
}

/** The mark typed for each part; a date has none, its label starts with "Due". */
export const CHIP_MARK: Record<TitlePart['kind'], string> = {
  when: '',
  project: '#',
  person: '@',
  priority: '!',
  tag: '+',
};
