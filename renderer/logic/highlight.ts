import { searchWords } from '../../shared/searchWords.js';

/** A piece of text, marked when it is one of the searched words. */
export interface Segment {
  text: string;
  match: boolean;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` around the words of `search`, as the cache's full-text index
 * matches them: a word matches at the start of a word in the text (the last
 * one typed as a prefix, the others whole words or prefixes alike, so the
 * marks never claim less than the search found), case- and accent-folding aside.
 */
export function highlight(text: string, search: string): Segment[] {
  const words = [...new Set(searchWords(search.replace(/\s+OR\s+/g, ' ')).map((w) => w.toLowerCase()))];
  if (words.length === 0 || text === '') return [{ text, match: false }];
  words.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map(escape).join('|')})`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments.length > 0 ? segments : [{ text, match: false }];
}

/**
 * A short piece of `details` around its first searched word, or null when
 * the details hold none: a row shows why it matched when the title doesn't.
 */
export function matchSnippet(details: string, search: string, radius = 40): string | null {
  const segments = highlight(details, search);
  const at = segments.findIndex((s) => s.match);
  if (at === -1) return null;
  const offset = segments.slice(0, at).reduce((n, s) => n + s.text.length, 0);
  const start = Math.max(0, offset - radius);
  const end = Math.min(details.length, offset + radius * 2);
  const flat = details.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${flat}${end < details.length ? '…' : ''}`;
}
