/**
 * Builds eval/timex/dev.jsonl from eval/timex/annotations.jsonl: each annotation names its source text (a
 * politie.nl item of nl-news-leestmeer-2019, paragraphs of a Wikinews article, a Europarl line) and lists its time
 * expressions in text order as [span text, ISO value]. Spans are looked up in order (whole words only), so the
 * offsets in dev.jsonl come from the text itself. Run: npx tsx eval/timex/build-dev.ts [DATA_DIR]
 * (DATA_DIR defaults to ../shared/data relative to the repository root).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/io/csv.js';

interface Annotation {
  id: string;
  language: string;
  published: string | null;
  source:
    | { corpus: 'nl-news-leestmeer-2019'; id: string }
    | { corpus: 'wikinews-en'; title: string; paragraphs: number[] }
    | { corpus: 'europarl-nl-en-sample'; line: number };
  timexes: [string, string][];
}

const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = process.argv[2] ?? join(here, '../../../shared/data');

function lines(path: string): string[] {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n');
}

const politie = new Map<string, string>();
for (let i = 0; i < 12; i++) {
  for (const line of lines(join(dataDir, `nl-news-leestmeer-2019/news-2019-${String(i).padStart(3, '0')}.jsonl.gz`))) {
    if (!line.includes('"www.politie.nl"')) continue;
    const item = JSON.parse(line) as { id: string; source: string; text: string };
    if (item.source === 'www.politie.nl') politie.set(item.id, item.text);
  }
}


const wikinews = new Map<string, string>();
for (const year of ['2019', '2020']) {
  const [header, ...rows] = parseCsv(readFileSync(join(dataDir, `wikinews-en/wikinews_${year}.csv`), 'utf8'));
  const titleColumn = header.indexOf('title');
  const textColumn = header.indexOf('text');
  for (const row of rows) wikinews.set(row[titleColumn], row[textColumn]);
}

const europarl = {
  nl: lines(join(dataDir, 'europarl-nl-en-sample/europarl-wmt-tests.nl.txt.gz')),
  en: lines(join(dataDir, 'europarl-nl-en-sample/europarl-wmt-tests.en.txt.gz')),
};

function sourceText(annotation: Annotation): string {
  const source = annotation.source;
  switch (source.corpus) {
    case 'nl-news-leestmeer-2019': {
      const text = politie.get(source.id);
      if (text === undefined) throw new Error(`${annotation.id}: no politie.nl item ${source.id}`);
      return text;
    }
    case 'wikinews-en': {
      const text = wikinews.get(source.title);
      if (text === undefined) throw new Error(`${annotation.id}: no Wikinews article titled ${source.title}`);
      const paragraphs = text.split('\n').map((p) => p.trim()).filter((p) => p !== '');
      return source.paragraphs.map((i) => paragraphs[i]).join('\n\n');
    }
    case 'europarl-nl-en-sample': {
      const text = europarl[annotation.language as 'nl' | 'en'][source.line - 1];
      if (!text) throw new Error(`${annotation.id}: no Europarl line ${source.line}`);
      return text;
    }
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const out: string[] = [];
const counts: Record<string, number> = {};
for (const line of readFileSync(join(here, 'annotations.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const annotation = JSON.parse(line) as Annotation;
  const text = sourceText(annotation);
  let from = 0;
  const timexes = annotation.timexes.map(([span, value]) => {
    let start = text.indexOf(span, from);
    while (start >= 0 && (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[start + span.length] ?? ''))) {
      start = text.indexOf(span, start + 1);
    }
    if (start < 0) throw new Error(`${annotation.id}: "${span}" not found after offset ${from}`);
    from = start + span.length;
    return { start, end: start + span.length, text: span, value };
  });
  counts[annotation.language] = (counts[annotation.language] ?? 0) + timexes.length;
  out.push(JSON.stringify({ id: annotation.id, language: annotation.language, published: annotation.published, text, timexes }));
}
writeFileSync(join(here, 'dev.jsonl'), out.join('\n') + '\n');
console.error(`dev.jsonl: ${out.length} records, time expressions ${JSON.stringify(counts)}`);
