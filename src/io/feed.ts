import { DOMParser } from 'linkedom';
import { InputProblem } from './input.js';

/** One entry of an RSS or Atom feed, as written there. */
export interface FeedItem {
  /** The item's guid (RSS) or id (Atom), else its link; undefined when it has neither. */
  id?: string;
  title?: string;
  link?: string;
  /** The date as the feed gives it (RFC 822 in RSS, ISO 8601 in Atom). */
  published?: string;
  /** The full text as HTML (RSS content:encoded, Atom content), when the feed carries it. */
  contentHtml?: string;
  /** The short description or summary (not the full text). */
  summary?: string;
}

export interface Feed {
  title?: string;
  items: FeedItem[];
}

const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

/** Whether a document is an RSS or Atom feed (by its root element), without parsing all of it. */
export function looksLikeFeed(text: string): boolean {
  const root = /<([A-Za-z][\w:.-]*)[\s>]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''));
  return root !== null && FEED_ROOTS.has(root[1].toLowerCase());
}

/** Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
export function parseFeed(xml: string): Feed {
  if (!looksLikeFeed(xml)) throw new InputProblem('not an RSS or Atom feed');
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = document.documentElement;
  const atom = root.tagName.toLowerCase() === 'feed';
  const channel = atom ? root : (childNamed(root, 'channel') ?? root);
  const entries = atom ? childrenNamed(root, 'entry') : [...document.getElementsByTagName('item')];
  return {
    title: text(childNamed(channel, 'title')),
    items: entries.map((entry) => (atom ? atomItem(entry) : rssItem(entry))),
  };
}

function rssItem(item: Element): FeedItem {
  const link = text(childNamed(item, 'link')) ?? attribute(item, 'rdf:about');
  return definedFields({
    id: text(childNamed(item, 'guid')) ?? link,
    title: text(childNamed(item, 'title')),
    link,
    published: text(childNamed(item, 'pubDate')) ?? text(childNamed(item, 'dc:date')),
    contentHtml: text(childNamed(item, 'content:encoded')),
    summary: text(childNamed(item, 'description')),
  });
}

function atomItem(entry: Element): FeedItem {
  const links = childrenNamed(entry, 'link');
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const link = alternate?.getAttribute('href')?.trim() || undefined;
  const content = childNamed(entry, 'content');
  // Content with a src attribute lives elsewhere: it is not in the feed.
  const contentHtml = content && !content.hasAttribute('src') ? atomText(content) : undefined;
  return definedFields({
    id: text(childNamed(entry, 'id')) ?? link,
    title: text(childNamed(entry, 'title')),
    link,
    published: text(childNamed(entry, 'published')) ?? text(childNamed(entry, 'updated')),
    contentHtml,
    summary: atomText(childNamed(entry, 'summary')),
  });
}

/** Atom text constructs: `text` is plain (so escaped for HTML here), `html` escaped HTML, `xhtml` inline markup. */
function atomText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type') ?? 'text';
  const value = type === 'xhtml' ? element.innerHTML : element.textContent;
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return type === 'text' ? trimmed.replaceAll('&', '&amp;').replaceAll('<', '&lt;') : trimmed;
}

function childrenNamed(parent: Element, name: string): Element[] {
  return [...parent.children].filter((child) => child.tagName.toLowerCase() === name.toLowerCase());
}

function childNamed(parent: Element, name: string): Element | undefined {
  return childrenNamed(parent, name)[0];
}

function text(element: Element | undefined): string | undefined {
  return element?.textContent?.trim() || undefined;
}

function attribute(element: Element, name: string): string | undefined {
  return element.getAttribute(name)?.trim() || undefined;
}

function definedFields(item: FeedItem): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined)) as FeedItem;
}
