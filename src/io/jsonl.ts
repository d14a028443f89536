import { InputProblem, type ArticleInput } from './input.js';
import { publicationDate } from './dates.js';

const OPTIONAL_STRING_FIELDS = ['title', 'published', 'language', 'source', 'url'] as const;

/**
 * Reads one JSONL record: `id` and `text` required (`id` may be a number), `title`, `published` (ISO date),
 * `language`, `source` and `url` optional. `fallbackId` names a record without an id.
 */
export function parseJsonlRecord(line: string, fallbackId: string): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputProblem(`not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputProblem('not a JSON object with an id and a text');
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    throw new InputProblem('"id" must be a string or a number');
  }
  const articleId = id === undefined || id === '' ? fallbackId : String(id);
  if (typeof record.text !== 'string') {
    throw new InputProblem(record.text === undefined ? 'no "text" field' : '"text" must be a string', articleId);
  }
  try {
    return { id: articleId, text: record.text, ...readMetadata(record) };
  } catch (error) {
    if (error instanceof InputProblem) throw new InputProblem(error.message, articleId);
    throw error;
  }
}

/** The optional metadata fields of a record (JSONL line or .meta.json sidecar), checked. */
export function readMetadata(record: Record<string, unknown>): Omit<ArticleInput, 'id' | 'text'> {
  const metadata: Omit<ArticleInput, 'id' | 'text'> = {};
  for (const field of OPTIONAL_STRING_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') throw new InputProblem(`"${field}" must be a string`);
    metadata[field] = field === 'published' ? publicationDate(value) : value;
  }
  return metadata;
}
