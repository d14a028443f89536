import { createHash } from 'node:crypto';
import type { Article } from '../doc/article.js';
import type { ArticleIdentity } from './store.js';

/**
 * The content hash that deduplicates articles: SHA-256 of the text with runs of white space made one space and the
 * ends trimmed, so that the same story saved with other line endings or indentation counts as the same.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** A URL as deduplication compares it: trimmed, without its #fragment; undefined for an empty one. */
export function canonicalUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  const hash = trimmed.indexOf('#');
  const withoutFragment = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  return withoutFragment === '' ? undefined : withoutFragment;
}

export function articleIdentity(article: Pick<Article, 'text' | 'url'>): ArticleIdentity & { contentHash: string } {
  const url = canonicalUrl(article.url);
  return url === undefined ? { contentHash: contentHash(article.text) } : { url, contentHash: contentHash(article.text) };
}
