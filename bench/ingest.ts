/**
 * Ingest throughput: 2,000 distinct articles made from the English Wikinews texts (../shared/data/wikinews-en), run
 * through `ingest` (the pipeline of the day on 2 worker threads, batched SQLite commits), then the same input again,
 * which must add nothing. Target: ≥ 50 articles/s.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestOptions } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';

const ARTICLES = 2000;
const JOBS = 2;
const shared = fileURLToPath(new URL('../../shared/data/wikinews-en/', import.meta.url));

/** The text column of the Wikinews CSV files (each record starts with its URL, quoted when it holds a comma). */
function wikinewsTexts(): string[] {
  const texts: string[] = [];
  for (const file of ['wikinews_2019.csv', 'wikinews_2020.csv']) {
    const csv = readFileSync(join(shared, file), 'utf8');
    for (const record of csv.split(/\n"?https:\/\//).slice(1)) {
      const text = record.slice(record.lastIndexOf(',"') + 2).replace(/"\s*$/, '').replaceAll('""', '"').trim();
      if (text.length > 200) texts.push(text);
    }
  }
  return texts;
}

if (!existsSync(shared)) {
  process.stderr.write(`bench/ingest: ${shared} is missing; skipped\n`);
  process.exit(0);
}

const texts = wikinewsTexts();
const dir = mkdtempSync(join(tmpdir(), 'kroniek-bench-ingest-'));
const input = join(dir, 'articles.jsonl');
const lines: string[] = [];
for (let i = 0; i < ARTICLES; i++) {
  // A distinct lead sentence, id and URL make each copy a new article.
  const text = `Edition ${i} of the wire service repeats this report.\n\n${texts[i % texts.length]}`;
  const day = String(1 + (i % 28)).padStart(2, '0');
  lines.push(JSON.stringify({ id: `bench-${i}`, url: `https://bench.example/${i}`, text, language: 'en', published: `2020-02-${day}` }));
}
writeFileSync(input, lines.join('\n') + '\n');

const db = join(dir, 'bench.db');
const options: IngestOptions = {
  format: 'auto',
  maxChars: 2_000_000,
  stdin: process.stdin,
  fetchTimeoutMs: 20_000,
  jobs: JOBS,
  language: 'auto',
  batchSize: 100,
  batchMs: 2_000,
};

async function run(): Promise<{ seconds: number; cpuSeconds: number; added: number; failed: number }> {
  const store = openSqliteStore(db);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const counts = await ingest([input], store, options);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  await store.close();
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, added: counts.added, failed: counts.failed };
}

const first = await run();
const again = await run();
const dbMB = statSync(db).size / 1024 / 1024;
rmSync(dir, { recursive: true, force: true });
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
console.log(
  JSON.stringify({
    name: 'ingest',
    articles: ARTICLES,
    jobs: JOBS,
    added: first.added,
    failed: first.failed,
    seconds: round(first.seconds, 2),
    articlesPerSecond: round(first.added / first.seconds),
    // CPU time of all threads: what the rate would be with JOBS idle cores is about JOBS / cpuMsPerArticle * 1000.
    cpuMsPerArticle: round((first.cpuSeconds / first.added) * 1000),
    texts: texts.length,
    reingestAdded: again.added,
    reingestSeconds: round(again.seconds, 2),
    dbMB: round(dbMB),
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
  }),
);
