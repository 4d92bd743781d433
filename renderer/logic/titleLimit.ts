import { PROVIDER_NAMES, type ProviderId } from '../../shared/model.js';

/** The counter shows from this share of the limit on, so it appears before it matters. */
export const COUNTER_FROM = 0.8;

export interface TitleCount {
  /** Worth showing: at or past 80% of the limit. */
  isNear: boolean;
  isOver: boolean;
  /** "1,010 / 1,024". */
  text: string;
  /** Whose limit it is ("Workity’s limit"), where the service is known. */
  whose: string | null;
  /** Why saving is off, naming the service; null while the title fits. */
  problem: string | null;
}

const number = (n: number): string => n.toLocaleString('en-US');

/** How a title of `length` characters stands against a service's `max`. */
export function countTitle(length: number, max: number, provider: ProviderId | null): TitleCount {
  const isOver = length > max;
  const service = provider ? PROVIDER_NAMES[provider] : 'the service';
  return {
    isNear: length >= max * COUNTER_FROM,
    isOver,
    text: `${number(length)} / ${number(max)}`,
    whose: provider ? `${PROVIDER_NAMES[provider]}’s limit` : null,
    problem: isOver
      ? `Title is too long for ${service} (${number(max)} characters at most); take out ${number(length - max)}.`
      : null,
  };
}
