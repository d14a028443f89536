/**
 * A user's search words as an FTS5 query: each white-space separated word becomes a quoted phrase (so punctuation
 * and FTS operators in it are taken literally), and all of them must occur. Undefined when there are no words.
 */
export function ftsMatch(q: string): string | undefined {
  const words = q.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return undefined;
  return words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
}
