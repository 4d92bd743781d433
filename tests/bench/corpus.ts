/** Deterministic made-up task text for the 100,000-task cache and the search queries. */

const VERBS = [
  'Check',
  'Order',
  'Review',
  'Update',
  'Plan',
  'Clean',
  'Write',
  'Call',
  'Fix',
  'Book',
  'Draft',
  'Send',
  'Prepare',
  'Test',
  'Ship',
  'Merge',
  'Schedule',
  'Archive',
  'Translate',
  'Measure',
];
const ADJECTIVES = [
  'quarterly',
  'urgent',
  'new',
  'old',
  'shared',
  'mobile',
  'legal',
  'annual',
  'weekly',
  'broken',
  'final',
  'draft',
  'customer',
  'internal',
  'public',
  'regional',
  'monthly',
  'missing',
  'second',
  'small',
];
const NOUNS = [
  'invoice',
  'report',
  'budget',
  'contract',
  'newsletter',
  'release',
  'homepage',
  'backlog',
  'roadmap',
  'pipeline',
  'warehouse',
  'onboarding',
  'payroll',
  'dashboard',
  'migration',
  'checklist',
  'campaign',
  'inventory',
  'schedule',
  'proposal',
  'survey',
  'webinar',
  'brochure',
  'database',
  'firewall',
  'printer',
  'coolant',
  'kitchen',
  'parking',
  'license',
];
const FILLER = [
  'with',
  'for',
  'the',
  'team',
  'client',
  'before',
  'after',
  'meeting',
  'agreed',
  'Monday',
  'Friday',
  'notes',
  'numbers',
  'figures',
  'supplier',
  'office',
  'remote',
  'design',
  'copy',
  'assets',
  'review',
  'legal',
  'sign-off',
  'deadline',
  'vendor',
  'pricing',
  'feedback',
  'Berlin',
  'Lisbon',
  'Toronto',
  'café',
  'naïve',
  'résumé',
];

/** A small seeded PRNG (mulberry32) so every run builds the same cache and asks the same questions. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
/** Skewed towards the start of the list, as word use is. */
const pickSkewed = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * rnd() * list.length)] as T;

export function makeTitle(rnd: () => number, n: number): string {
  return `${pick(rnd, VERBS)} the ${pickSkewed(rnd, ADJECTIVES)} ${pickSkewed(rnd, NOUNS)} #${n}`;
}

export function makeDetails(rnd: () => number): string {
  const words: string[] = [];
  const count = 6 + Math.floor(rnd() * 18);
  for (let i = 0; i < count; i += 1) words.push(rnd() < 0.3 ? pickSkewed(rnd, NOUNS) : pick(rnd, FILLER));
  return `${words.join(' ')}.`;
}

/** 200 varied queries: common and rare words, prefixes, two and three words, accents, a task number. */
export function makeQueries(count: number): string[] {
  const rnd = random(4242);
  const queries: string[] = [];
  const shapes: (() => string)[] = [
    () => pick(rnd, NOUNS),
    () => pick(rnd, NOUNS).slice(0, 3 + Math.floor(rnd() * 3)),
    () => `${pick(rnd, ADJECTIVES)} ${pick(rnd, NOUNS)}`,
    () => `${pick(rnd, VERBS).toLowerCase()} ${pick(rnd, ADJECTIVES)} ${pick(rnd, NOUNS).slice(0, 4)}`,
    () => pick(rnd, FILLER),
    () => `${pick(rnd, NOUNS)} ${pick(rnd, FILLER)}`,
    () => String(1 + Math.floor(rnd() * 80_000)),
    () => pick(rnd, ['coolant pumps', 'guest list', 'Website', 'cafe', 'resume', 'zzzz nothing', 'naive']),
  ];
  while (queries.length < count) queries.push(pick<() => string>(rnd, shapes)());
  return queries;
}
