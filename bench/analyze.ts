/**
 * Whole-analysis benchmark: every pipeline component (segmentation, tagging, lemmas, parse, entities, time, linking,
 * event coding) on a typical ~600-word article per language: the Dutch example (examples/biden-xi.nl.txt) and an
 * English Wikinews article (examples/wikinews-en.jsonl), each repeated and cut to 600 words. Prints the median
 * milliseconds per article and the median of each stage (`nlMs_parser`, `nlMs_events`, ...). Target: < 20 ms per
 * article on one core.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Doc } from '../src/doc/doc.js';
import { pipelineFor } from '../src/pipeline/index.js';
import { segment } from '../src/tokenize/index.js';

const WORDS = 600;
const WARM_UP = 5;
const RUNS = 40;
const examples = fileURLToPath(new URL('../examples/', import.meta.url));

/** The text repeated until it has `WORDS` words, cut at the last sentence end within them. */
function article(text: string): string {
  const words: string[] = [];
  while (words.length < WORDS) words.push(...text.split(/\s+/).filter((w) => w !== ''));
  const cut = words.slice(0, WORDS).join(' ');
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.'));
  return end > 0 ? cut.slice(0, end + 1) : cut;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[sorted.length >> 1] * 100) / 100;
}

const english = readFileSync(`${examples}wikinews-en.jsonl`, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { text: string; published?: string })
  .sort((a, b) => b.text.length - a.text.length)[0]!;
const inputs = [
  { language: 'nl', text: article(readFileSync(`${examples}biden-xi.nl.txt`, 'utf8')), published: '2022-03-19' },
  { language: 'en', text: article(english.text), published: english.published ?? '2019-01-04' },
];

const result: Record<string, number | string> = { name: 'analyze', words: WORDS };
for (const { language, text, published } of inputs) {
  const pipeline = pipelineFor(language);
  const context = { published };
  for (let i = 0; i < WARM_UP; i++) pipeline.run(text, context);
  const stages = ['segmenter', ...pipeline.components.map((c) => c.name)];
  const times = stages.map((): number[] => []);
  const whole: number[] = [];
  let eventCount = 0;
  for (let run = 0; run < RUNS; run++) {
    // The pipeline's own loop, timed stage by stage.
    let mark = performance.now();
    const start = mark;
    const doc = new Doc(text, segment(text, language), language);
    times[0].push(performance.now() - mark);
    pipeline.components.forEach((component, k) => {
      mark = performance.now();
      component.apply(doc, context);
      times[k + 1].push(performance.now() - mark);
    });
    whole.push(performance.now() - start);
    eventCount = doc.events.length;
  }
  result[`${language}MsPerArticle`] = median(whole);
  stages.forEach((stage, k) => (result[`${language}Ms_${stage}`] = median(times[k])));
  result[`${language}Events`] = eventCount;
}
result.peakRssMB = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
console.log(JSON.stringify(result));
