import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { InputProblem, type ArticleInput } from './input.js';
import { publicationDate } from './dates.js';

export interface HtmlArticle {
  text: string;
  title?: string;
  /** Publication date from the page's metadata, as given there (normalised later). */
  published?: string;
  language?: string;
}

/** Elements whose content stands as a paragraph of its own. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
];

/** Keeps the article text of an HTML page (the Readability algorithm), with its paragraphs, title and date. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published = publishedFromMetadata(document);
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || undefined;
  const parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  const root = parsed?.content ?? (document.body as unknown as Node | null);
  const text = root ? blockText(root) : '';
  if (text.trim() === '') throw new InputProblem('the HTML page has no article text');
  const title = parsed?.title?.trim() || document.title?.trim() || undefined;
  return { text, title, published: published ?? parsed?.publishedTime ?? undefined, language };
}

/** An article to analyse from an HTML page: its article text, with title, language and date from the page. */
export function articleFromHtml(id: string, html: string): ArticleInput {
  const page = extractHtmlArticle(html);
  const article: ArticleInput = { id, text: page.text };
  if (page.title) article.title = page.title;
  if (page.language) article.language = page.language;
  if (page.published) {
    try {
      article.published = publicationDate(page.published);
    } catch {
      // A page's unreadable date is left out: --published or the record can still give one.
    }
  }
  return article;
}

function publishedFromMetadata(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  for (const selector of PUBLISHED_META) {
    const content = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  return time || undefined;
}

/** The text of a DOM subtree: a paragraph per block element, blank lines between, white space folded. */
function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
