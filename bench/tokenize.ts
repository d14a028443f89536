/**
 * Tokenizer + sentence splitter benchmark: segments at least a million tokens of Dutch news (and of English news)
 * article by article, after a warm-up pass, on one core. Text comes from ../shared/data; without it, the repo's
 * examples are repeated. Prints one JSON line: Dutch figures under the plain keys, English ones prefixed "en".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { segment } from '../src/tokenize/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '../shared/data');
const MIN_TOKENS = 1_000_000;
/** Timed passes over the corpus after the warm-up pass. */
const PASSES = 3;

const SOURCES: Record<string, string[]> = {
  nl: [join(shared, 'nl-news-leestmeer-2019/text/news-2019-000.txt.gz'), join(shared, 'nl-laws-bwb/nl-laws-000.txt.gz')],
  en: [join(shared, 'wikinews-en/wikinews_2020.csv'), join(shared, 'wikinews-en/wikinews_2019.csv'), join(shared, 'ntrex-nl-en/ntrex128-newstest2019.eng.txt.gz')],
};

/** Articles (blank-line separated blocks, grouped to news-article size) with at least MIN_TOKENS tokens in all. */
function corpus(language: string): string[] | undefined {
  const texts = SOURCES[language].filter(existsSync).map(read);
  if (texts.length === 0) {
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith(`.${language}.txt`));
    texts.push(...examples.map((f) => readFileSync(join(root, 'examples', f), 'utf8')));
  }
  const blocks = texts.flatMap((t) => t.split(/\n\s*\n/)).filter((b) => b.trim());
  if (blocks.length === 0) return undefined;
  const articles: string[] = [];
  let tokens = 0;
  let current = '';
  for (let k = 0; tokens < MIN_TOKENS; k = (k + 1) % blocks.length) {
    current += (current ? '\n\n' : '') + blocks[k];
    if (current.length >= 3000) {
      tokens += segment(current, language).starts.length;
      articles.push(current);
      current = '';
    }
  }
  return articles;
}

function read(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function measure(articles: string[], language: string): { tokens: number; seconds: number } {
  let tokens = 0;
  for (const article of articles) tokens += segment(article, language).starts.length;
  const start = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const article of articles) segment(article, language);
  }
  return { tokens, seconds: (performance.now() - start) / 1000 / PASSES };
}

const result: Record<string, number | string> = { name: 'tokenize', language: 'nl' };
for (const language of ['nl', 'en']) {
  const articles = corpus(language);
  if (!articles) continue;
  const { tokens, seconds } = measure(articles, language);
  const prefix = language === 'nl' ? '' : language;
  const key = (name: string) => (prefix ? prefix + name[0].toUpperCase() + name.slice(1) : name);
  result[key('tokens')] = tokens;
  result[key('seconds')] = Math.round(seconds * 1000) / 1000;
  result[key('tokensPerSecond')] = Math.round(tokens / seconds);
}
result.peakRssMB = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
console.log(JSON.stringify(result));
