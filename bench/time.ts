/**
 * Throughput of findTimexes on news-length text: the Wikinews articles of the shared data (CC BY 2.5), cut to about
 * 600 words each, Dutch politie.nl items joined into 600-word texts, in CPU time. Prints one JSON line.
 * Run: npx tsx bench/time.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { findTimexes } from '../src/time/index.js';

const dataDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../shared/data');
const WORDS = 600;

function articlesOf(texts: string[]): string[] {
  const articles: string[] = [];
  let words: string[] = [];
  for (const text of texts) {
    words.push(...text.split(/\s+/));
    while (words.length >= WORDS) {
      articles.push(words.slice(0, WORDS).join(' '));
      words = words.slice(WORDS);
    }
  }
  return articles;
}

function englishTexts(): string[] {
  const csv = readFileSync(join(dataDir, 'wikinews-en/wikinews_2019.csv'), 'utf8');
  // The text column is the last quoted field of each record; a rough split is enough for timing.
  return csv.split('\n"https://').map((record) => record.slice(record.lastIndexOf(',"') + 2));
}

function dutchTexts(): string[] {
  const lines = gunzipSync(readFileSync(join(dataDir, 'nl-news-leestmeer-2019/news-2019-005.jsonl.gz'))).toString('utf8').split('\n');
  return lines.filter((l) => l.includes('"www.politie.nl"')).map((l) => (JSON.parse(l) as { text: string }).text);
}

/**
 * Runs findTimexes over the articles again and again for about two seconds of CPU time (steadier than wall time on
 * a shared machine), after a warm-up.
 */
function measure(language: string, articles: string[]): { articlesPerSecond: number; charsPerSecond: number } {
  const chars = articles.reduce((sum, a) => sum + a.length, 0);
  for (const article of articles) findTimexes(article, language, '2019-06-15');
  let rounds = 0;
  const start = process.cpuUsage();
  let seconds = 0;
  while (seconds < 2) {
    for (const article of articles) findTimexes(article, language, '2019-06-15');
    rounds++;
    const used = process.cpuUsage(start);
    seconds = (used.user + used.system) / 1e6;
  }
  return {
    articlesPerSecond: Math.round((rounds * articles.length) / seconds),
    charsPerSecond: Math.round((rounds * chars) / seconds),
  };
}

const english = measure('en', articlesOf(englishTexts()));
const dutch = measure('nl', articlesOf(dutchTexts()));
console.log(
  JSON.stringify({
    name: 'time',
    words: WORDS,
    enArticlesPerSecond: english.articlesPerSecond,
    enCharsPerSecond: english.charsPerSecond,
    nlArticlesPerSecond: dutch.articlesPerSecond,
    nlCharsPerSecond: dutch.charsPerSecond,
    msPer600WordArticle: Number((1000 / Math.min(english.articlesPerSecond, dutch.articlesPerSecond)).toFixed(3)),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
