/**
 * A small subsequence matcher for the command palette: every typed character
 * must appear in order; matches at the start of a word and runs of adjacent
 * characters score higher, so "sn" finds "Sync now" before "Show notes".
 */
export interface FuzzyMatch {
  score: number;
  /** Positions in the text that matched, for highlighting. */
  positions: number[];
}

const isWordStart = (text: string, i: number): boolean => i === 0 || /[\s\-_/:·(]/.test(text[i - 1] ?? '');

export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const needle = query.trim().toLowerCase();
  if (needle === '') return { score: 0, positions: [] };
  const hay = text.toLowerCase();
  const whole = wordStartRun(needle.replace(/\s+/g, ''), hay, text);
  if (whole) return whole;
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const char of needle) {
    if (char === ' ') continue;
    // Prefer the next word start holding this character over the nearest occurrence.
    let at = -1;
    for (let i = from; i < hay.length; i += 1) {
      if (hay[i] === char && isWordStart(text, i)) {
        at = i;
        break;
      }
    }
    const nearest = hay.indexOf(char, from);
    if (nearest === -1) return null;
    if (at === -1 || (positions.length > 0 && nearest === from)) at = nearest;
    const previous = positions[positions.length - 1];
    score += 1;
    if (isWordStart(text, at)) score += 8;
    if (previous !== undefined && at === previous + 1) score += 5;
    if (at === 0) score += 3;
    positions.push(at);
    from = at + 1;
  }
  // Among equal matches the shorter name is the likelier one.
  return { score: score - text.length * 0.01, positions };
}

/** The typed text as one run starting a word ("today" in "Go to Today") beats any scattered match. */
function wordStartRun(needle: string, hay: string, text: string): FuzzyMatch | null {
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (!isWordStart(text, at)) continue;
    const positions = Array.from({ length: needle.length }, (_, i) => at + i);
    return { score: 100 + needle.length * 14 - text.length * 0.01 - at * 0.1, positions };
  }
  return null;
}

/** The items that match, best first; ties keep the given order. */
export function fuzzyFilter<T>(query: string, items: readonly T[], text: (item: T) => string): { item: T; match: FuzzyMatch }[] {
  return items
    .map((item, index) => ({ item, index, match: fuzzyMatch(query, text(item)) }))
    .filter((entry): entry is { item: T; index: number; match: FuzzyMatch } => entry.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.index - b.index)
    .map(({ item, match }) => ({ item, match }));
}
