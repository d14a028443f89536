import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { checkedArticle, collectInputs, type CollectOptions } from '../io/collect.js';
import { decodeText } from '../io/decode.js';
import { publicationDate } from '../io/dates.js';
import { looksLikeFeed, parseFeed, type FeedItem } from '../io/feed.js';
import { articleFromHtml, extractHtmlArticle } from '../io/html.js';
import { InputProblem, type ArticleInput, type InputItem } from '../io/input.js';
import { fetchPage } from './fetch.js';

export interface SourceOptions extends CollectOptions {
  /** Time limit for each page fetched over the network. */
  fetchTimeoutMs: number;
  /** Whether an article with this URL is stored already: then its page is not fetched again. */
  isKnownUrl(url: string): Promise<boolean>;
}

/** An input skipped before reading it because its URL is stored already. */
export interface KnownInput {
  id: string;
  known: true;
}

export type SourceItem = InputItem | KnownInput;

/** Extensions of feed files. */
const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml']);
const URL_PATTERN = /^https?:\/\//i;
/** How many feed items are read (their pages fetched) at the same time. */
const FETCH_WINDOW = 4;
/** UTF-8 takes at most 3 bytes per UTF-16 unit. */
const MAX_BYTES_PER_CHAR = 3;

/**
 * The articles of everything `kroniek ingest` is given: what `collectInputs` reads (files, directories, JSONL, HTML,
 * stdin), plus RSS/Atom feed files, and URLs of pages or feeds. A feed item without its full text has its link
 * fetched. Whatever cannot be read yields an error item naming it, and the rest go on.
 */
export async function* readSources(paths: readonly string[], options: SourceOptions): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (URL_PATTERN.test(path)) yield* readUrl(path, options);
    else if (FEED_EXTENSIONS.has(extname(path).toLowerCase()) && (await isFile(path))) yield* readFeedFile(path, options);
    else yield* collectInputs([path], options);
  }
}

async function* readUrl(url: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  try {
    if (await options.isKnownUrl(url)) {
      yield { id: url, known: true };
      return;
    }
    const page = await fetchPage(url, fetchLimits(options));
    if (looksLikeFeed(page.text)) {
      yield* feedInputs(page.text, url, options);
      return;
    }
    yield checkedArticle({ ...articleFromHtml(url, page.text), url }, options.maxChars);
  } catch (error) {
    const message = problemMessage(error);
    yield { id: url, error: message.includes(url) ? message : `${url}: ${message}` };
  }
}

async function* readFeedFile(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let xml: string;
  try {
    xml = decodeText(await readFile(path));
  } catch (error) {
    yield { id: path, error: `${path}: ${problemMessage(error)}` };
    return;
  }
  yield* feedInputs(xml, path, options);
}

async function* feedInputs(xml: string, name: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let items: FeedItem[];
  let feedTitle: string | undefined;
  try {
    const feed = parseFeed(xml);
    items = feed.items;
    feedTitle = feed.title;
  } catch (error) {
    yield { id: name, error: `${name}: ${problemMessage(error)}` };
    return;
  }
  if (items.length === 0) yield { id: name, error: `${name}: the feed has no items` };
  const itemInput = async (item: FeedItem, index: number): Promise<SourceItem> => {
    const id = item.id ?? `${name}#${index + 1}`;
    try {
      if (item.link !== undefined && (await options.isKnownUrl(item.link))) return { id, known: true };
      return checkedArticle(await feedArticle(item, id, feedTitle, options), options.maxChars);
    } catch (error) {
      return { id, error: `${name} item ${index + 1} (${id}): ${problemMessage(error)}` };
    }
  };
  // Items whose pages must be fetched are fetched a few at a time, and come out in feed order.
  const ahead: Promise<SourceItem>[] = [];
  for (const [index, item] of items.entries()) {
    ahead.push(itemInput(item, index));
    if (ahead.length >= FETCH_WINDOW) yield await ahead.shift()!;
  }
  while (ahead.length > 0) yield await ahead.shift()!;
}

/** A feed item's article: its own full text when the feed carries it, else the page its link points to. */
async function feedArticle(item: FeedItem, id: string, feedTitle: string | undefined, options: SourceOptions): Promise<ArticleInput> {
  let article: ArticleInput;
  if (item.contentHtml !== undefined) {
    article = { id, text: extractHtmlArticle(`<html><body>${item.contentHtml}</body></html>`).text };
  } else if (item.link !== undefined) {
    article = articleFromHtml(id, (await fetchPage(item.link, fetchLimits(options))).text);
  } else {
    throw new InputProblem('the item has no full text and no link to fetch it from');
  }
  if (item.title !== undefined) article.title = item.title;
  if (item.link !== undefined) article.url = item.link;
  if (feedTitle !== undefined) article.source = feedTitle;
  if (item.published !== undefined) {
    try {
      article.published = publicationDate(item.published);
    } catch {
      // An unreadable date is left out: the page's own, or --published, may still give one.
    }
  }
  return article;
}

function fetchLimits(options: SourceOptions) {
  return { timeoutMs: options.fetchTimeoutMs, maxBytes: options.maxChars * MAX_BYTES_PER_CHAR };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

function problemMessage(error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'no such file or directory';
  return error instanceof Error ? error.message : String(error);
}
