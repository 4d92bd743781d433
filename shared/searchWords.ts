/**
 * The words a search can match: letters, digits and underscores, as the
 * cache's full-text index splits them. The core builds its FTS query from
 * these and the renderer highlights them, so both agree on what was searched;
 * text with none of them (say "🎉") is not a search at all.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((word) => word.length > 0);
}

/** Whether `text` holds anything the full-text index could match. */
export function hasSearchWords(text: string): boolean {
  return searchWords(text).length > 0;
}
