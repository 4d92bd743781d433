import type { ProviderId } from './model.js';

/** The priority levels a user picks from; each service stores its own numbers for them. */
export const PRIORITY_LEVELS = ['urgent', 'high', 'normal', 'low'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

/**
 * The wire value per level where a service has priorities: WebWork's codes
 * 10 Urgent, 20 High, 30 Normal, 40 Low; Worksection's "0".."10" (10 the highest).
 */
const SCALES: Partial<Record<ProviderId, Record<PriorityLevel, number>>> = {
  webwork: { urgent: 10, high: 20, normal: 30, low: 40 },
  worksection: { urgent: 10, high: 7, normal: 5, low: 1 },
};

/** The service's value for a level, or null when the service has no priorities. */
export function priorityValue(provider: ProviderId, level: PriorityLevel): number | null {
  return SCALES[provider]?.[level] ?? null;
}

/** The level nearest a stored value (a custom or in-between value reads as its closest level). */
export function priorityLevel(provider: ProviderId, value: number | null): PriorityLevel | null {
  const scale = SCALES[provider];
  if (!scale || value === null) return null;
  const distance = (level: PriorityLevel): number => Math.abs(scale[level] - value);
  return PRIORITY_LEVELS.reduce((best, level) => (distance(level) < distance(best) ? level : best));
}

/** Each service that has priorities, with its wire value per level (for a listing that orders by level). */
export function priorityScales(): [ProviderId, Readonly<Record<PriorityLevel, number>>][] {
  return Object.entries(SCALES) as [ProviderId, Record<PriorityLevel, number>][];
}
