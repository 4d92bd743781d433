import { describe, expect, it } from 'vitest';
import { highlight, matchSnippet } from '../../../renderer/logic/highlight.js';
import { hasSearchWords } from '../../../shared/searchWords.js';

const marked = (text: string, search: string) =>
  highlight(text, search)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('search highlighting', () => {
  it('marks each searched word where a word of the text starts with it', () => {
    expect(marked('Fix the login page', 'log page')).toEqual(['log', 'page']);
    expect(marked('Blog post about logs', 'log')).toEqual(['log']);
  });

  it('ignores case and keeps the text whole', () => {
    const segments = highlight('Invoice for ACME', 'acme invoice');
    expect(segments.map((s) => s.text).join('')).toBe('Invoice for ACME');
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Invoice', 'ACME']);
  });

  it('treats OR as the operator, not a word', () => {
    expect(marked('sitemap or onboarding', 'sitemap OR onboarding')).toEqual(['sitemap', 'onboarding']);
  });

  it('marks nothing for a search with no words, and says there is none', () => {
    expect(marked('Party 🎉 time', '🎉')).toEqual([]);
    expect(hasSearchWords('🎉')).toBe(false);
    expect(hasSearchWords('  *** ')).toBe(false);
    expect(hasSearchWords('🎉 party')).toBe(true);
  });

  it('gives a short piece of the details around the first match', () => {
    const details = `${'x'.repeat(100)} the quarterly invoice is late ${'y'.repeat(200)}`;
    const snippet = matchSnippet(details, 'invoice');
    expect(snippet).toContain('invoice');
    expect(snippet?.startsWith('…')).toBe(true);
    expect(snippet?.endsWith('…')).toBe(true);
    expect(matchSnippet('nothing here', 'invoice')).toBeNull();
  });
});
