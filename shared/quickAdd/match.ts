/**
 * Matching what someone typed after # or @ against names: the longest full
 * name the text starts with ("#Q3 marketing plan" is the project "Q3
 * marketing"), else the one word typed, ranked exact, then prefix, then a word
 * of the name starting with it, then anywhere in the name.
 */
export interface Named {
  name: string;
}

const boundary = (char: string | undefined): boolean => char === undefined || /[\s,.;:!?)]/.test(char);

/** The longest name `text` starts with (case-insensitive, ending at a word boundary), or null. */
export function longestNameAt<T extends Named>(text: string, items: readonly T[]): T | null {
  const lower = text.toLowerCase();
  let best: T | null = null;
  for (const item of items) {
    const name = item.name.toLowerCase();
    if (name === '' || !lower.startsWith(name) || !boundary(text[name.length])) continue;
    if (!best || item.name.length > best.name.length) best = item;
  }
  return best;
}

function rank(name: string, query: string): number {
  const n = name.toLowerCase();
  if (n === query) return 0;
  if (n.startsWith(query)) return 1;
  if (n.split(/[\s\-_/]+/).some((word) => word.startsWith(query))) return 2;
  if (n.includes(query)) return 3;
  return -1;
}

/** Items whose name matches `query`, best first; `prefer` wins ties (the chosen account's own). */
export function rankByName<T extends Named>(query: string, items: readonly T[], prefer?: (item: T) => boolean): T[] {
  const q = query.trim().toLowerCase();
  const scored = items.map((item) => ({ item, score: q === '' ? 1 : rank(item.name, q) })).filter((entry) => entry.score >= 0);
  const bonus = (item: T): number => (prefer?.(item) ? 0 : 0.5);
  scored.sort(
    (a, b) =>
      a.score + bonus(a.item) - (b.score + bonus(b.item)) ||
      a.item.name.localeCompare(b.item.name, undefined, { sensitivity: 'base' }),
  );
  return scored.map((entry) => entry.item);
}
