import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeText } from './decode.js';
import { articleFromHtml } from './html.js';
import { InputProblem, type ArticleInput, type InputItem } from './input.js';
import { parseJsonlRecord, readMetadata } from './jsonl.js';

export const INPUT_FORMATS = ['auto', 'text', 'html', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface CollectOptions {
  /** How to read each input; `auto` goes by the file extension (stdin: text). */
  format: InputFormat;
  /** Longest article text accepted, in characters (UTF-16 units). */
  maxChars: number;
  /** Read for the path `-`. */
  stdin: NodeJS.ReadableStream;
}

/** Extensions that a directory walk picks up, and how each is read. */
const ARTICLE_EXTENSIONS: Record<string, Exclude<InputFormat, 'auto'>> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** UTF-8 takes at most 3 bytes per UTF-16 unit: a file larger than this cannot fit the character limit. */
const MAX_BYTES_PER_CHAR = 3;

/**
 * The articles in `paths` (files, directories searched recursively, `-` for stdin), in order. An input that cannot
 * be read yields an error item in its place, naming it and the problem, and the rest go on.
 */
export async function* collectInputs(paths: string[], options: CollectOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(options);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { id: path, error: `${path}: ${fileErrorMessage(error)}` };
      continue;
    }
    if (info.isDirectory()) {
      const files = await articleFiles(path);
      if (files.length === 0) {
        const kinds = Object.keys(ARTICLE_EXTENSIONS).join(', ');
        yield { id: path, error: `${path}: no articles in this directory (looked for ${kinds} files)` };
        continue;
      }
      for (const file of files) yield* readFileInputs(file, ARTICLE_EXTENSIONS[extname(file).toLowerCase()], options);
    } else {
      const byExtension = ARTICLE_EXTENSIONS[extname(path).toLowerCase()] ?? 'text';
      yield* readFileInputs(path, options.format === 'auto' ? byExtension : options.format, options);
    }
  }
}

async function* readFileInputs(
  path: string,
  format: Exclude<InputFormat, 'auto'>,
  options: CollectOptions,
): AsyncGenerator<InputItem> {
  if (format === 'jsonl') {
    yield* readJsonl(createReadStream(path), path, options);
    return;
  }
  try {
    const size = (await stat(path)).size;
    if (size > options.maxChars * MAX_BYTES_PER_CHAR) throw tooLong(`${size} bytes`, options.maxChars);
    const text = decodeText(await readFile(path));
    const article = format === 'html' ? articleFromHtml(path, text) : { id: path, text };
    yield checkedArticle({ ...article, ...(await sidecarMetadata(path)) }, options.maxChars);
  } catch (error) {
    yield { id: path, error: `${path}: ${fileErrorMessage(error)}` };
  }
}

async function* readStdin(options: CollectOptions): AsyncGenerator<InputItem> {
  if (options.format === 'jsonl') {
    yield* readJsonl(options.stdin, 'stdin', options);
    return;
  }
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of options.stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > options.maxChars * MAX_BYTES_PER_CHAR) throw tooLong(`more than ${size} bytes`, options.maxChars);
      chunks.push(buffer);
    }
    const text = decodeText(Buffer.concat(chunks));
    yield checkedArticle(options.format === 'html' ? articleFromHtml('stdin', text) : { id: 'stdin', text }, options.maxChars);
  } catch (error) {
    yield { id: 'stdin', error: `stdin: ${fileErrorMessage(error)}` };
  }
}

/** One article per line; a bad line yields an error item naming `name:line` and the reading goes on. */
async function* readJsonl(stream: NodeJS.ReadableStream, name: string, options: CollectOptions): AsyncGenerator<InputItem> {
  let lineNumber = 0;
  let sawRecord = false;
  try {
    for await (const line of byteLines(stream, options.maxChars * MAX_BYTES_PER_CHAR)) {
      lineNumber++;
      const where = `${name}:${lineNumber}`;
      if (line === null) {
        yield { id: where, error: `${where}: line too long (over ${options.maxChars * MAX_BYTES_PER_CHAR} bytes)` };
        continue;
      }
      try {
        const text = decodeText(line);
        if (text.trim() === '') continue;
        sawRecord = true;
        yield checkedArticle(parseJsonlRecord(text, where), options.maxChars);
      } catch (error) {
        if (!(error instanceof InputProblem)) throw error;
        yield { id: error.id ?? where, error: `${where}: ${error.message}` };
      }
    }
    if (!sawRecord) yield { id: name, error: `${name}: no JSONL records in it` };
  } catch (error) {
    yield { id: name, error: `${name}: ${fileErrorMessage(error)}` };
  }
}

/**
 * Splits a byte stream on newlines without decoding it (each line is decoded, and checked, on its own).
 * A line longer than `maxBytes` comes out as null, and its bytes are not kept.
 */
async function* byteLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<Uint8Array | null> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let newline: number;
    while ((newline = buffer.indexOf(0x0a)) >= 0) {
      const piece = buffer.subarray(0, newline);
      if (overlong || pendingBytes + piece.length > maxBytes) yield null;
      else yield pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingBytes = 0;
      overlong = false;
      buffer = buffer.subarray(newline + 1);
    }
    if (buffer.length === 0) continue;
    pendingBytes += buffer.length;
    if (pendingBytes > maxBytes) {
      overlong = true;
      pending = [];
    } else {
      pending.push(buffer);
    }
  }
  if (overlong) yield null;
  else if (pendingBytes > 0) yield Buffer.concat(pending);
}

/** Metadata for `NAME.txt` (or .md, .html) from `NAME.meta.json` beside it, when there is one. */
async function sidecarMetadata(path: string): Promise<Partial<ArticleInput>> {
  const sidecar = path.slice(0, path.length - extname(path).length) + '.meta.json';
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch {
    return {};
  }
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    throw new InputProblem(`its metadata file ${sidecar} is not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InputProblem(`its metadata file ${sidecar} is not a JSON object`);
  }
  const metadata: Partial<ArticleInput> = readMetadata(record as Record<string, unknown>);
  const id = (record as Record<string, unknown>).id;
  if (typeof id === 'string' && id !== '') metadata.id = id;
  return metadata;
}

/** The article itself when its text is neither empty nor over `maxChars`; else the problem, thrown. */
export function checkedArticle(article: ArticleInput, maxChars: number): ArticleInput {
  if (article.text.length > maxChars) throw tooLong(`${article.text.length} characters`, maxChars);
  if (article.text.trim() === '') throw new InputProblem('empty text', article.id);
  return article;
}

function tooLong(size: string, maxChars: number): InputProblem {
  return new InputProblem(`text too long: ${size}, the limit is ${maxChars} characters (raise it with --max-chars)`);
}

/** All article files below `dir`, sorted by path so that runs are repeatable; hidden entries are skipped. */
async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await articleFiles(path)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS[extname(entry.name).toLowerCase()]) files.push(path);
  }
  return files;
}

function fileErrorMessage(error: unknown): string {
  if (error instanceof InputProblem) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
