import type { Context } from 'hono';
import type { ArticleInput } from '../io/input.js';
import { AnalysisError, analyzeArticle } from '../pipeline/index.js';
import { contentHash, type Store } from '../store/index.js';
import { ApiError } from './errors.js';

const FIELDS = ['id', 'text', 'title', 'published', 'language', 'source', 'url'] as const;
const PUBLISHED = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** POST /api/articles: analyses one article and stores it (or finds it stored already). */
export async function postArticle(c: Context, store: Store): Promise<Response> {
  const input = articleInput(await jsonBody(c));
  let article;
  try {
    article = await analyzeArticle(input, { language: input.language ?? 'auto', tokens: false });
  } catch (error) {
    if (error instanceof AnalysisError) throw new ApiError(422, 'analysis_failed', `the article could not be analysed: ${error.message}`);
    throw error;
  }
  const [outcome] = await store.addBatch({ articles: [article], errors: [] });
  const summary = { id: article.id, title: article.title, language: article.language, published: article.published, events: article.events.length };
  if (outcome.status === 'duplicate') return c.json({ status: 'duplicate', key: outcome.key, article: summary }, 200);
  return c.json({ status: 'added', key: outcome.key, article: summary }, 201);
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'bad_json', `the body is not JSON: ${(error as Error).message}`);
  }
}

/** Checks the body's shape: `{text, id?, title?, published?, language?, source?, url?}`, all strings. */
function articleInput(body: unknown): ArticleInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'bad_article', 'send one article as a JSON object: {"text": ..., "title"?, "published"?, "language"?, "source"?, "url"?, "id"?}');
  }
  const record = body as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) {
    if (!(FIELDS as readonly string[]).includes(name)) throw new ApiError(400, 'bad_article', `unknown field '${name}'; an article has ${FIELDS.join(', ')}`);
    if (typeof value !== 'string') throw new ApiError(400, 'bad_article', `field '${name}' must be a string`);
  }
  const fields = record as Partial<Record<(typeof FIELDS)[number], string>>;
  const text = fields.text;
  if (text === undefined || text.trim() === '') throw new ApiError(400, 'bad_article', "field 'text' is required and may not be empty");
  if (fields.published !== undefined && !PUBLISHED.test(fields.published)) {
    throw new ApiError(400, 'bad_date', `published=${JSON.stringify(fields.published)}: expected YYYY-MM-DD or an ISO 8601 date-time`);
  }
  const language = fields.language === undefined || fields.language === 'auto' ? undefined : fields.language;
  const optional = (name: 'title' | 'source' | 'url') => (fields[name] === undefined || fields[name] === '' ? {} : { [name]: fields[name] });
  return {
    id: fields.id || `api/${contentHash(text).slice(0, 16)}`,
    text,
    ...(fields.published !== undefined && { published: fields.published }),
    ...(language !== undefined && { language }),
    ...optional('title'),
    ...optional('source'),
    ...optional('url'),
  };
}
